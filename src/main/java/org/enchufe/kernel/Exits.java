package org.enchufe.kernel;

import org.enchufe.events.ProcessEvent;
import org.enchufe.events.ThreadEvent;
import org.enchufe.kernel.modules.AtexitModule;
import org.enchufe.kernel.modules.ThreadingModule;
import org.enchufe.lang.Script;
import org.enchufe.lang.runtime.Errno;
import org.enchufe.lang.runtime.ExceptionTypes;
import org.enchufe.lang.runtime.PyException;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyTuple;
import org.enchufe.lang.vm.ThreadState;

/**
 * How a sandbox's threads and processes end and are collected: an uncaught exception printed as
 * CPython prints it, a process ended when its main thread and non-daemon threads have, its
 * descriptors closed, its parent told (SIGCHLD, a waiting os.wait()), zombies reaped, orphans
 * collected by nobody.
 */
final class Exits {

    /** Where a process's text goes (its console, counted against the output cap). */
    interface Output {
        void write(int pid, String stream, String text);
    }

    private final ProcessTable processes;
    private final EventStamper events;
    private final SandboxMeter meter;
    private final Signals signals;
    private final Output output;

    Exits(ProcessTable processes, EventStamper events, SandboxMeter meter, Signals signals, Output output) {
        this.processes = processes;
        this.events = events;
        this.meter = meter;
        this.signals = signals;
        this.output = output;
    }

    /** Thread {@code t} returned or raised: a thread ends, the main one may end its process (Python waits for its non-daemon threads). */
    void finish(Task t) {
        Process p = t.process;
        PyException uncaught = t.thread.uncaught();
        t.state = Task.State.DONE;
        if (!t.isMain()) {
            events.thread(p.pid(), t, ThreadEvent.Change.ENDED);
            // An ended thread holds nothing: a program that starts threads for ever must not grow the table.
            p.tasks().remove(t);
            // An exception that ends a thread is printed, and the process goes on (threading.excepthook).
            if (uncaught != null && !uncaught.type().isSubtypeOf(ExceptionTypes.SYSTEM_EXIT)) {
                output.write(p.pid(), "stderr", "Exception in thread " + ThreadingModule.nameOf(p, t) + ":\n");
                p.interpreter().with(() -> Script.exitCode(p.interpreter(), uncaught, text -> output.write(p.pid(), "stderr", text)));
            }
            endIfOnlyDaemonsLeft(p);
            return;
        }
        if (p.interactive && (uncaught == null || !uncaught.type().isSubtypeOf(ExceptionTypes.SYSTEM_EXIT))) {
            // As at Python's prompt: an exception (Ctrl-C included) is printed and the session goes on.
            if (uncaught != null) {
                p.interpreter().with(() -> Script.exitCode(p.interpreter(), uncaught, text -> output.write(p.pid(), "stderr", text)));
            }
            p.callEnded(uncaught == null);
            return;
        }
        p.interactive = false;
        if (uncaught != null && uncaught.type().isSubtypeOf(ExceptionTypes.KEYBOARD_INTERRUPT)) {
            // CPython prints the traceback, waits for its threads, runs the atexit handlers, then
            // dies of SIGINT, as a shell sees it (130).
            p.interpreter().with(() -> Script.exitCode(p.interpreter(), uncaught, text -> output.write(p.pid(), "stderr", text)));
            p.interrupted = true;
            endIfOnlyDaemonsLeft(p);
            return;
        }
        int code = uncaught == null ? 0
                : p.interpreter().with(() -> Script.exitCode(p.interpreter(), uncaught, text -> output.write(p.pid(), "stderr", text)));
        if (!p.exiting) {
            // The atexit handlers' thread ends with the program's own exit code.
            p.exitCode = code;
        }
        endIfOnlyDaemonsLeft(p);
    }

    // Python waits for the threads that are not daemons before it exits; daemons die with it.
    private void endIfOnlyDaemonsLeft(Process p) {
        if (p.main().state != Task.State.DONE || p.interactive) {
            return;
        }
        for (Task t : p.tasks()) {
            if (!t.daemon && t.state != Task.State.DONE) {
                return;
            }
        }
        if (!p.exiting) {
            p.exiting = true;
            ThreadState handlers = p.interpreter().with(() -> AtexitModule.exitThread(p.interpreter()));
            if (handlers != null) {
                // atexit's handlers run last, as the main thread, and may wait like any code.
                p.replaceMain(handlers);
                return;
            }
        }
        end(p, p.interrupted ? Signal.SIGINT.waitStatus() : (p.exitCode & 0xFF) << 8);
    }

    /** The process ends with {@code status}: its descriptors close; its parent may collect it. */
    void end(Process p, int status) {
        p.setStatus(status);
        p.callEnded(false);
        p.descriptors().closeAll();
        // Its objects are nobody's now, as a dead process's pages are: a zombie holds only its status.
        p.interpreter().modules().clear();
        meter.ended(p);
        Process parent = processes.get(p.ppid());
        // A parent that ignores SIGCHLD leaves no zombies: its children vanish as they end.
        boolean collectable = parent != null && !parent.ended() && !parent.ignoresChildren();
        p.setEnded(collectable ? ProcessState.ZOMBIE : ProcessState.EXITED);
        events.process(p.pid(), p.ppid(), ProcessEvent.Change.EXITED, status, p.program());
        // Orphans are adopted by nobody: when they end, nobody needs to collect them.
        for (Process child : p.children()) {
            child.reparent(0);
            if (child.state() == ProcessState.ZOMBIE) {
                reap(child);
            }
        }
        if (parent == null || parent.ended()) {
            return;
        }
        if (parent.ignoresChildren()) {
            parent.children().remove(p);
        }
        if (parent.handler(Signal.SIGCHLD.number()) != null) {
            signals.deliver(parent, Signal.SIGCHLD.number());
        }
        for (Task waiter : parent.tasks()) {
            if (waiter.state == Task.State.BLOCKED && waiter.thread.suspension() instanceof KernelCall.WaitChild wait) {
                if (collectable) {
                    reapFor(waiter, wait.pid());
                } else if (!hasChild(parent, wait.pid())) {
                    // wait() with SIGCHLD ignored returns once no child is left, with ECHILD.
                    waiter.thread.resumeWithError(PyException.osError(Errno.ECHILD.number(),
                            Errno.ECHILD.message(), null));
                    waiter.state = Task.State.READY;
                }
            }
        }
    }

    /** If the waiting thread's process has an ended child matching {@code pid} (see {@link #matches}), collects it and resumes the thread. */
    boolean reapFor(Task waiter, int pid) {
        Process parent = waiter.process;
        for (Process child : parent.children()) {
            if (child.state() == ProcessState.ZOMBIE && matches(parent, child, pid)) {
                KernelCall.WaitChild wait = (KernelCall.WaitChild) waiter.thread.suspension();
                if (wait.collects()) {
                    reap(child);
                    parent.children().remove(child);
                    parent.childrenCpuNanos += child.cpuNanos + child.childrenCpuNanos;
                }
                waiter.thread.resume(parent.interpreter().with(() -> wait.answer().apply(child)));
                waiter.state = Task.State.READY;
                return true;
            }
        }
        return false;
    }

    private void reap(Process child) {
        child.setEnded(ProcessState.EXITED);
        events.process(child.pid(), child.ppid(), ProcessEvent.Change.REAPED, child.status(), child.program());
    }


    /** os.waitpid(pid, WNOHANG) and the checks before blocking in os.wait(): the child to collect now, or null. */
    PyObject collectNow(Process parent, int pid) {
        for (Process child : parent.children()) {
            if (child.state() == ProcessState.ZOMBIE && matches(parent, child, pid)) {
                reap(child);
                parent.children().remove(child);
                parent.childrenCpuNanos += child.cpuNanos + child.childrenCpuNanos;
                return PyTuple.of(PyInt.of(child.pid()), PyInt.of(child.status()));
            }
        }
        return null;
    }

    /** waitid(WNOWAIT): an ended child matching {@code pid}, left a zombie; null when none has ended. */
    Process waitable(Process parent, int pid) {
        return parent.children().stream().filter(c -> c.state() == ProcessState.ZOMBIE && matches(parent, c, pid))
                .findFirst().orElse(null);
    }

    /** Whether {@code parent} has a child matching {@code pid} (see {@link #matches}) that it may wait for. */
    boolean hasChild(Process parent, int pid) {
        return parent.children().stream().anyMatch(c -> matches(parent, c, pid));
    }

    /** waitpid(2)'s {@code pid}: -1 any child, 0 one in the caller's process group, -pgid one in that group, else that one. */
    private static boolean matches(Process parent, Process child, int pid) {
        if (pid == -1) {
            return true;
        }
        if (pid == 0) {
            return child.pgid() == parent.pgid();
        }
        return pid < -1 ? child.pgid() == -pid : child.pid() == pid;
    }
}
