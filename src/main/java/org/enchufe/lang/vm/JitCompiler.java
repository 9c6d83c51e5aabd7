package org.enchufe.lang.vm;

import java.lang.invoke.MethodHandles;
import java.lang.ref.WeakReference;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.enchufe.lang.Code;
import org.slf4j.LoggerFactory;

import static org.enchufe.lang.Opcode.RETURN_VALUE;

/**
 * The second tier's policy: which functions become JVM methods ({@link JitEmitter} writes them,
 * as a {@link Compiled} in a hidden class, which the JVM then compiles to machine code), when,
 * and which programs share them.
 *
 * <p>A code is compiled when its calls and loop iterations in the first tier reach the
 * interpreter's threshold ({@code enchufe.jit.threshold}, default {@value #DEFAULT_THRESHOLD};
 * negative: never). Code too long for the JVM to compile is marked and never tried again. An
 * exception raised in a try block leaves compiled code: the run loop unwinds to the handler (the
 * frame's block stack is the loop's) and runs it, and the tier takes over again at the next loop
 * head.
 */
final class JitCompiler {

    static final int DEFAULT_THRESHOLD = 1000;

    /** Marks a code this tier does not compile. */
    private static final Object REJECTED = new Object();
    /** The most functions one program (an interpreter) has compiled. */
    static final int MAX_FUNCTIONS = 100;

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private JitCompiler() {
    }

    /** The compiled form of {@code code}, compiling it now if it has become hot; null while it runs in the first tier. */
    static Compiled compiledWhenHot(Interpreter in, Code code) {
        Object compiled = code.compiled;
        if (compiled instanceof Compiled done) {
            return done;
        }
        if (compiled != null || !in.warmedUp(code)) {
            return null;
        }
        return compile(in, code);
    }

    /**
     * Compiles {@code code} unless it is compiled already or cannot be; null when it cannot. A
     * program gets at most {@value #MAX_FUNCTIONS} compiled functions: each is a class and
     * machine code the whole server keeps while the program lives.
     */
    static Compiled compile(Interpreter in, Code code) {
        synchronized (code) {
            if (code.compiled == null) {
                Compiled made = null;
                try {
                    made = JitEmitter.compilable(code) && in.countCompiled() <= MAX_FUNCTIONS ? define(code) : null;
                } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                    // A bug of ours; the program is not affected: the run loop goes on running the code.
                    LoggerFactory.getLogger(JitCompiler.class).warn("could not compile {} to JVM code", code.qualname, e);
                    made = null;
                }
                if (made == null) {
                    code.warmth = Integer.MIN_VALUE;
                }
                code.compiled = made != null ? made : REJECTED;
            }
            return code.compiled instanceof Compiled done ? done : null;
        }
    }

    /**
     * What the compiled class depends on: the instructions and where the value stack starts (all
     * else — constants, names, globals — it reads from the frame at run time). Many programs
     * share code: a class of students running the same exercise, forks, one program run twice.
     */
    private record Shape(int[] ops, int locals) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Shape other && locals == other.locals && Arrays.equals(ops, other.ops);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(ops) * 31 + locals;
        }
    }

    /** Compiled classes by shape, held weakly: a class lives while some program's code uses it. */
    private static final Map<Shape, WeakReference<Compiled>> SHARED = new ConcurrentHashMap<>();
    /** Past this many shapes the cache drops the entries whose class is gone. */
    private static final int SHARED_PURGE_AT = 4_096;

    private static Compiled define(Code code) throws ReflectiveOperationException {
        Shape shape = new Shape(code.ops, code.varnames.length);
        WeakReference<Compiled> known = SHARED.get(shape);
        Compiled shared = known == null ? null : known.get();
        if (shared != null) {
            return shared;
        }
        Compiled made = generate(code);
        if (made != null) {
            if (SHARED.size() >= SHARED_PURGE_AT) {
                SHARED.values().removeIf(ref -> ref.get() == null);
            }
            SHARED.put(shape, new WeakReference<>(made));
        }
        return made;
    }

    private static Compiled generate(Code code) throws ReflectiveOperationException {
        byte[] bytes = JitEmitter.emit(code);
        if (bytes == null) {
            return null;
        }
        MethodHandles.Lookup hidden = LOOKUP.defineHiddenClass(bytes, true);
        Compiled compiled = (Compiled) hidden.lookupClass().getDeclaredConstructor().newInstance();
        compiled.entries = JitEmitter.entries(code.ops);
        for (int pc = 0; pc < code.ops.length / 2; pc++) {
            if (code.ops[2 * pc] == RETURN_VALUE) {
                compiled.returnPc = pc;
            }
        }
        return compiled;
    }

}
