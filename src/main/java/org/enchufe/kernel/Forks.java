package org.enchufe.kernel;

import java.util.Map;

import org.enchufe.events.DecidedBy;
import org.enchufe.events.ProcessEvent;
import org.enchufe.lang.runtime.Errno;
import org.enchufe.lang.runtime.PyException;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.vm.Forked;
import org.enchufe.lang.vm.Interpreter;

/**
 * os.fork(): the child is a copy of the forking process (its interpreter, the one thread that
 * forked, its descriptor table sharing the open files), or the call fails as Linux's does —
 * EAGAIN past the sandbox's processes, ENOMEM when the copy would not fit.
 */
final class Forks {

    private final Sandbox sandbox;
    private final ProcessTable processes;
    private final SandboxMeter meter;
    private final EventStamper events;
    private final StopRequests stops;

    Forks(Sandbox sandbox, ProcessTable processes, SandboxMeter meter, EventStamper events, StopRequests stops) {
        this.sandbox = sandbox;
        this.processes = processes;
        this.meter = meter;
        this.events = events;
        this.stops = stops;
    }

    /** Thread {@code forking} called os.fork(): the child is a copy of its process with one thread, a copy of it. */
    void fork(Task forking) {
        Process parent = forking.process;
        if (!sandbox.canStart()) {
            events.syscall(parent, "fork", Map.of(), -1, Errno.EAGAIN, "clone(child_stack=NULL, "
                    + "flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD)", DecidedBy.SANDBOX);
            forking.thread.resumeWithError(PyException.osError(Errno.EAGAIN.number(),
                    Errno.EAGAIN.message(), null));
            forking.state = Task.State.READY;
            return;
        }
        if (sandbox.serverGuard().refusal(ServerGuard.Resource.HEAP).isPresent() || !meter.admitsFork(parent)) {
            // The copy would not fit in the sandbox's memory, or the server's heap is nearly full: Linux's fork() says ENOMEM.
            refuseFork(parent, forking);
            return;
        }
        Forked forked;
        // The copy is the parent's work, charged as it goes: a kill, Ctrl-C or the watchdog reaches it there.
        stops.enter(parent);
        try {
            // The child has one thread: a copy of the one that forked, as POSIX says.
            forked = parent.interpreter().fork(forking.thread);
        } catch (OutOfMemoryError e) {
            // No room for the copy, or for the thread that makes it: the same ENOMEM.
            refuseFork(parent, forking);
            return;
        } catch (org.enchufe.lang.runtime.PyRaise interrupted) {
            // Ctrl-C while the heap was copied: no child, and the parent's fork() raises KeyboardInterrupt.
            forking.thread.resumeWithError(interrupted.exception());
            forking.state = Task.State.READY;
            return;
        } finally {
            stops.leave();
        }
        int pid = processes.nextPid();
        Interpreter childIn = forked.interpreter();
        childIn.setOutput(text -> sandbox.write(pid, "stdout", text), text -> sandbox.write(pid, "stderr", text));
        Process child = sandbox.register(pid, parent.pid(), parent.program(), childIn, forked.thread(),
                parent.descriptors().forkCopy(), parent.network());
        // The copy holds what the parent holds from its first instruction, allocating or not.
        meter.forked(parent, child);
        parent.children().add(child);
        child.setDefaultSocketTimeout(parent.defaultSocketTimeout());
        child.setIgnoresChildren(parent.ignoresChildren());
        child.inheritDispositions(parent, forked.forker());
        child.inheritGroupAndMask(parent);
        events.process(pid, parent.pid(), ProcessEvent.Change.FORKED, 0, parent.program());
        forking.thread.resume(PyInt.of(pid));
        forking.state = Task.State.READY;
        child.thread().resume(PyInt.of(0));
        child.main().state = Task.State.READY;
    }

    private void refuseFork(Process parent, Task forking) {
        events.syscall(parent, "fork", Map.of(), -1, Errno.ENOMEM, "clone(child_stack=NULL, "
                + "flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD)", DecidedBy.SANDBOX);
        forking.thread.resumeWithError(PyException.osError(Errno.ENOMEM.number(),
                Errno.ENOMEM.message(), null));
        forking.state = Task.State.READY;
    }

}
