package org.enchufe.kernel;

import org.enchufe.lang.vm.Suspension;

/** The calls a process makes that only the kernel can complete: it suspends, the kernel acts. */
public sealed interface KernelCall extends Suspension {

    /** {@code os.fork()}: the kernel copies the process; the parent gets the child's pid, the child 0. */
    record Fork() implements KernelCall {
    }

    /** {@code os.wait()} / {@code os.waitpid(pid, 0)}: resume with (pid, status) when a child ends. */
    record WaitChild(int pid) implements KernelCall {
    }

    /** {@code os._exit(status)}: the process ends now, without unwinding. */
    record Exit(int status) implements KernelCall {
    }

    /**
     * A socket call that would block (accept, recv, connect, sendall…): the kernel retries
     * {@code attempt} when {@code channel} is ready for {@code ops} (SelectionKey bits) and
     * resumes the process with what it returns; after {@code timeoutNanos} (negative: never) the
     * call fails with TimeoutError, as a socket with settimeout() does.
     */
    record Io(String call, java.nio.channels.SelectableChannel channel, int ops, long timeoutNanos, Attempt attempt)
            implements KernelCall {
    }

    /** One non-blocking try of a blocking call: its result, or null while it would still block. */
    @FunctionalInterface
    interface Attempt {
        org.enchufe.lang.runtime.PyObject tryNow();
    }
}
