package org.enchufe.kernel;

import org.enchufe.lang.runtime.ExceptionTypes;
import org.enchufe.lang.runtime.PyException;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyRaise;
import org.enchufe.lang.vm.BlockSignal;

/**
 * Signals between a sandbox's processes and from outside (Ctrl-C, kill, SIGCHLD): a Python
 * handler runs first in the main thread, SIG_IGN drops the signal, otherwise its default action —
 * KeyboardInterrupt for SIGINT, nothing for SIGCHLD, the end of the process for the others. A
 * signal travels as its number (os.kill may send any of 1–64); those the kernel treats specially
 * are named by {@link Signal}.
 */
final class Signals {

    /** How a process ends with a wait status (the sandbox's exit path). */
    interface Ending {
        void end(Process p, int status);
    }

    private final ProcessTable processes;
    private final StopRequests stops;
    private final Ending ending;
    /** The process whose thread the interpreter is running now: signals for it wait until its slice ends. */
    private Process running;

    Signals(ProcessTable processes, StopRequests stops, Ending ending) {
        this.processes = processes;
        this.stops = stops;
        this.ending = ending;
    }

    /** {@code p}'s thread is inside the interpreter from now on (null: nobody's is). */
    void running(Process p) {
        running = p;
    }

    /** Ctrl-C: KeyboardInterrupt in the main thread at its next instruction or in the call it is blocked in. */
    boolean interrupt(int pid) {
        Process p = processes.live(pid);
        if (p == null || p.main().state == Task.State.DONE) {
            return false;
        }
        if (stops.takeInterrupt(pid)) {
            // The interpreter raised this Ctrl-C itself, inside the long call it was in.
            return true;
        }
        return deliver(p, Signal.SIGINT.number());
    }

    /** Signals that arrived for {@code p} while its thread was inside the interpreter: now they are delivered. */
    void deliverPending(Process p) {
        for (Integer signal = p.pendingSignals.poll(); signal != null; signal = p.pendingSignals.poll()) {
            if (!p.ended()) {
                deliver(p, signal);
            }
        }
    }

    /**
     * {@code signal} reaches {@code p} from outside: a Python handler runs first in its main thread
     * (a call it sleeps in goes on afterwards), SIG_IGN drops it, otherwise the default action.
     */
    boolean deliver(Process p, int signal) {
        PyObject handler = p.handler(signal);
        if (handler != null && p == running) {
            // Its thread is inside the interpreter (it signalled its parent, say): it runs the handler after this slice.
            p.pendingSignals.add(signal);
            return true;
        }
        if (handler != null) {
            Task main = p.main();
            if (main.state == Task.State.DONE) {
                return true;
            }
            p.interpreter().runFirst(main.thread, handler, new PyObject[] {PyInt.of(signal), PyNone.NONE});
            main.state = Task.State.READY;
            return true;
        }
        if (p.ignores(signal) || Signal.SIGCHLD.is(signal)) {
            return true;
        }
        if (Signal.SIGINT.is(signal) && !p.sigintKills()) {
            if (p.main().state == Task.State.DONE) {
                return false;
            }
            p.thread().interrupt(PyException.withArgs(ExceptionTypes.KEYBOARD_INTERRUPT));
            p.main().state = Task.State.READY;
            return true;
        }
        return kill(p.pid(), signal);
    }

    /** Any number os.kill() was given ends the process as its default action does. False when it has ended. */
    boolean kill(int pid, int signal) {
        Process p = processes.live(pid);
        if (p == null) {
            return false;
        }
        ending.end(p, waitStatus(signal));
        return true;
    }

    /**
     * os.kill() from {@code sender}: SIGINT raises KeyboardInterrupt in the target, SIGCHLD and 0
     * do nothing (0 only checks the pid), any other signal ends it as its default action does.
     * False when no process has that pid (ESRCH).
     */
    boolean signal(Process sender, int pid, int signal) {
        Process target = processes.get(pid);
        if (target == null || target.state() == ProcessState.EXITED) {
            return false;
        }
        if (signal == 0 || target.ended()) {
            return true;
        }
        if (target == sender) {
            if (target.handler(signal) != null) {
                throw new BlockSignal(new KernelCall.SelfSignal(signal));
            }
            if (target.ignores(signal) || Signal.SIGCHLD.is(signal)) {
                return true;
            }
            if (Signal.SIGINT.is(signal) && !target.sigintKills()) {
                throw new PyRaise(PyException.withArgs(ExceptionTypes.KEYBOARD_INTERRUPT));
            }
            throw new BlockSignal(new KernelCall.Killed(signal));
        }
        return deliver(target, signal);
    }

    /** The wait status of a process {@code signal} ended (WTERMSIG's seven bits, as {@link Signal#waitStatus()}). */
    static int waitStatus(int signal) {
        return signal & 0x7F;
    }
}
