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
}
