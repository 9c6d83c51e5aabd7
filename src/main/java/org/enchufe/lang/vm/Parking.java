package org.enchufe.lang.vm;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Where a thread waits when its blocking call is under a builtin ({@code list(gen)}, a sort key,
 * a {@code __repr__}): the Java frames of that builtin cannot be kept on the heap as Python
 * frames are, so every slice of a thread runs in a JDK continuation — the mechanism under
 * virtual threads, mounted on the worker's own Java thread — which the nested run yields; the
 * Java frames are kept until the kernel resumes the thread. docs/architecture.md says why this
 * and not a virtual thread or resumable builtins.
 *
 * <p>The JDK keeps {@code jdk.internal.vm.Continuation} internal: the jar's manifest and the
 * build's test and run configurations export it to us ({@code --add-exports
 * java.base/jdk.internal.vm=ALL-UNNAMED}), and we reach it through method handles, since
 * {@code javac --release} refuses that export. Without it nothing parks and a blocking call under
 * a builtin is the RuntimeError it was before.
 */
final class Parking {

    private static final MethodHandle NEW;
    private static final MethodHandle RUN;
    private static final MethodHandle IS_DONE;
    private static final MethodHandle YIELD;
    private static final MethodHandle CURRENT;
    private static final Object SCOPE;

    /** Whether this JVM lets us use continuations; else slices run plainly, as before. */
    static final boolean AVAILABLE;

    static {
        MethodHandle make = null;
        MethodHandle run = null;
        MethodHandle isDone = null;
        MethodHandle yield = null;
        MethodHandle current = null;
        Object scope = null;
        try {
            if (Object.class.getModule().isExported("jdk.internal.vm", Parking.class.getModule())) {
                MethodHandles.Lookup lookup = MethodHandles.lookup();
                Class<?> continuation = Class.forName("jdk.internal.vm.Continuation");
                Class<?> scopeType = Class.forName("jdk.internal.vm.ContinuationScope");
                scope = lookup.findConstructor(scopeType, MethodType.methodType(void.class, String.class)).invoke("enchufe-slice");
                make = lookup.findConstructor(continuation, MethodType.methodType(void.class, scopeType, Runnable.class))
                        .asType(MethodType.methodType(Object.class, Object.class, Runnable.class));
                run = lookup.findVirtual(continuation, "run", MethodType.methodType(void.class))
                        .asType(MethodType.methodType(void.class, Object.class));
                isDone = lookup.findVirtual(continuation, "isDone", MethodType.methodType(boolean.class))
                        .asType(MethodType.methodType(boolean.class, Object.class));
                yield = lookup.findStatic(continuation, "yield", MethodType.methodType(boolean.class, scopeType))
                        .asType(MethodType.methodType(boolean.class, Object.class));
                current = lookup.findStatic(continuation, "getCurrentContinuation", MethodType.methodType(continuation, scopeType))
                        .asType(MethodType.methodType(Object.class, Object.class));
            }
        } catch (Throwable e) {
            make = null;
        }
        NEW = make;
        RUN = run;
        IS_DONE = isDone;
        YIELD = yield;
        CURRENT = current;
        SCOPE = scope;
        AVAILABLE = make != null;
    }

    private Parking() {
    }

    /**
     * Runs {@code slice} in a new continuation, or goes on with the one {@code thread} parked in.
     * Returns true when it parked (again): the thread waits under a builtin, in {@code thread.continuation}.
     */
    static boolean run(ThreadState thread, Runnable slice) {
        try {
            Object c = thread.continuation != null ? thread.continuation : (Object) NEW.invokeExact(SCOPE, slice);
            thread.continuation = null;
            RUN.invokeExact(c);
            if ((boolean) IS_DONE.invokeExact(c)) {
                return false;
            }
            thread.continuation = c;
            return true;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the running code is inside a slice's continuation, so it may park. */
    static boolean inSlice() {
        try {
            return (Object) CURRENT.invokeExact(SCOPE) != null;
        } catch (Throwable e) {
            return false;
        }
    }

    /** Parks the running slice until {@link #run} goes on with it; false when the JVM refused (a pinned frame). */
    static boolean park() {
        try {
            return (boolean) YIELD.invokeExact(SCOPE);
        } catch (Throwable pinned) {
            return false;
        }
    }
}
