package org.enchufe.kernel;

import org.enchufe.lang.vm.Suspension;

/** The calls a process makes that only the kernel can complete: it suspends, the kernel acts. */
public sealed interface KernelCall extends Suspension {

    /** {@code os.fork()}: the kernel copies the process; the parent gets the child's pid, the child 0. */
    record Fork() implements KernelCall {
        @Override
        public boolean copiesProcess() {
            return true;
        }
    }

    /**
     * {@code os.wait()}, {@code waitpid(pid, 0)}, {@code wait4}, {@code waitid}: resume with what
     * {@code answer} makes of the child collected ((pid, status) by default) when one ends; one
     * that does not {@code collect} (waitid's WNOWAIT) leaves it a zombie, to be waited for again.
     */
    record WaitChild(int pid, java.util.function.Function<Process, org.enchufe.lang.runtime.PyObject> answer,
                     boolean collects) implements KernelCall {

        public WaitChild(int pid) {
            this(pid, child -> org.enchufe.lang.runtime.PyTuple.of(org.enchufe.lang.runtime.PyInt.of(child.pid()),
                    org.enchufe.lang.runtime.PyInt.of(child.status())), true);
        }
    }

    /** {@code signal.pause()}: asleep until a signal's handler has run, then it returns None. */
    final class Pause implements KernelCall {
        /** A handler ran while it slept: the call is over (the handler sees it go on sleeping, then it returns). */
        boolean handled;
    }

    /**
     * {@code signal.sigwait()}, {@code sigwaitinfo()}, {@code sigtimedwait()}: asleep until one of
     * {@code signals} is pending, which it takes; {@code answer} makes the call's result of the
     * signal and who sent it. After {@code timeoutNanos} (negative: never) it returns None.
     */
    record SigWait(java.util.Set<Integer> signals, long timeoutNanos,
                   java.util.function.Function<SignalOrigin, org.enchufe.lang.runtime.PyObject> answer)
            implements KernelCall {
    }

    /** A signal a process sent itself that ends it (os.kill(os.getpid(), SIGKILL)). */
    record Killed(int signal) implements KernelCall {
    }

    /**
     * A signal a process sent itself (os.kill, raise_signal, or one pthread_sigmask unblocked) that
     * it handles in Python: the call returns {@code result} and the handler runs at once.
     */
    record SelfSignal(int signal, org.enchufe.lang.runtime.PyObject result) implements KernelCall {

        public SelfSignal(int signal) {
            this(signal, org.enchufe.lang.runtime.PyNone.NONE);
        }
    }

    /** {@code os._exit(status)}: the process ends now, without unwinding. */
    record Exit(int status) implements KernelCall {
    }

    /**
     * A call that would block (accept, recv, connect, sendall, select…) on {@code fd} (-1 when it
     * waits on several): the kernel retries
     * {@code attempt} when one of {@code waits} may be ready and resumes the process with what it
     * returns. After {@code timeoutNanos} (negative: never) it resumes with what {@code onTimeout}
     * returns, or, when that is null, fails with TimeoutError as a socket with settimeout() does.
     */
    record Io(String call, int fd, java.util.List<Wait> waits, long timeoutNanos, Attempt attempt, Attempt onTimeout)
            implements KernelCall {

        /** A blocking socket call on descriptor {@code fd}: one channel, a socket timeout. */
        public static Io on(String call, int fd, java.nio.channels.SelectableChannel channel, int ops, long timeoutNanos,
                            Attempt attempt) {
            return new Io(call, fd, channel == null ? java.util.List.of() : java.util.List.of(new Wait(channel, ops)),
                    timeoutNanos, attempt, null);
        }

        /** Whether the console's input is one of the things waited for. */
        public boolean console() {
            return waits.stream().anyMatch(w -> w.channel() == null);
        }
    }

    /** What a blocked call waits for: a channel ready for {@code ops} (SelectionKey bits), or the console when null. */
    record Wait(java.nio.channels.SelectableChannel channel, int ops) {

        /** Adds each wait's operations to its channel's interest in {@code selector} (registering it if new). */
        static void registerAll(java.nio.channels.Selector selector, java.util.List<Wait> waits, Object attachment)
                throws java.io.IOException {
            for (Wait wait : waits) {
                if (wait.channel() == null || !wait.channel().isOpen()) {
                    continue;
                }
                java.nio.channels.SelectionKey key = wait.channel().keyFor(selector);
                if (key == null || !key.isValid()) {
                    wait.channel().register(selector, wait.ops(), attachment);
                } else {
                    key.interestOps(key.interestOps() | wait.ops());
                }
            }
        }
    }

    /** One non-blocking try of a blocking call: its result, or null while it would still block. */
    @FunctionalInterface
    interface Attempt {
        org.enchufe.lang.runtime.PyObject tryNow();
    }
}
