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
 * are named by {@link Signal}. A signal the process blocks waits in its pending set until it is
 * unblocked or a sigwait() takes it; the interval timers' expiries are sent from here too.
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
        return deliver(p, SignalOrigin.kernel(signal));
    }

    /** As {@link #deliver(Process, int)}, saying who sent it: a blocked signal waits, a sigwait() takes it. */
    boolean deliver(Process p, SignalOrigin origin) {
        int signal = origin.signal();
        if (takenByWaiter(p, origin)) {
            return true;
        }
        if (p.blocks(signal)) {
            p.blockedPending.putIfAbsent(signal, origin);
            return true;
        }
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
            if (main.thread.suspension() instanceof KernelCall.Pause pause) {
                pause.handled = true;
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
    boolean signal(Process sender, int pid, int signal, int code) {
        Process target = processes.get(pid);
        if (target == null || target.state() == ProcessState.EXITED) {
            return false;
        }
        if (signal == 0 || target.ended()) {
            return true;
        }
        SignalOrigin origin = SignalOrigin.from(sender, signal, code);
        if (target == sender) {
            if (takenByWaiter(target, origin)) {
                return true;
            }
            if (target.blocks(signal)) {
                target.blockedPending.putIfAbsent(signal, origin);
                return true;
            }
            actOnSelf(target, signal, PyNone.NONE);
            return true;
        }
        return deliver(target, origin);
    }

    /**
     * The signal's action in the process that is running now (it sent it to itself, or unblocked
     * it): the call returns {@code result} and the handler runs at once, or SIG_IGN drops it, or
     * the default action — KeyboardInterrupt for SIGINT, the end of the process for the others.
     */
    private static void actOnSelf(Process self, int signal, PyObject result) {
        if (self.handler(signal) != null) {
            throw new BlockSignal(new KernelCall.SelfSignal(signal, result));
        }
        if (self.ignores(signal) || Signal.SIGCHLD.is(signal)) {
            return;
        }
        if (Signal.SIGINT.is(signal) && !self.sigintKills()) {
            throw new PyRaise(PyException.withArgs(ExceptionTypes.KEYBOARD_INTERRUPT));
        }
        throw new BlockSignal(new KernelCall.Killed(signal));
    }

    /**
     * pthread_sigmask() changed {@code p}'s mask: the pending signals it no longer blocks are
     * delivered now, the lowest first as Linux does (the rest when this slice ends); the call
     * returns {@code result}.
     */
    void unblocked(Process p, PyObject result) {
        java.util.List<Integer> ready = p.blockedPending.keySet().stream().filter(s -> !p.blocks(s)).toList();
        if (ready.isEmpty()) {
            return;
        }
        ready.forEach(p.blockedPending::remove);
        ready.subList(1, ready.size()).forEach(p.pendingSignals::add);
        actOnSelf(p, ready.getFirst(), result);
    }

    /** A thread of {@code p} asleep in sigwait() for this signal takes it (blocked or not, as Linux's sigtimedwait). */
    private static boolean takenByWaiter(Process p, SignalOrigin origin) {
        for (Task t : p.tasks()) {
            if (t.state == Task.State.BLOCKED && t.thread.suspension() instanceof KernelCall.SigWait wait
                    && wait.signals().contains(origin.signal())) {
                t.thread.resume(p.interpreter().with(() -> wait.answer().apply(origin)));
                t.state = Task.State.READY;
                return true;
            }
        }
        return false;
    }

    /** The interval timers that expired by {@code now} send their signals (ITIMER_REAL's SIGALRM). Whether any did. */
    boolean fireTimers(long now) {
        boolean fired = false;
        for (Process p : new java.util.ArrayList<>(processes.all())) {
            if (!p.ended() && p.timers().realExpired(now)) {
                deliver(p, SignalOrigin.kernel(Signal.SIGALRM.number()));
                fired = true;
            }
        }
        return fired;
    }

    /** The earliest ITIMER_REAL of a live process on the kernel's clock; Long.MAX_VALUE when none is armed. */
    long nextTimer() {
        long next = Long.MAX_VALUE;
        for (Process p : processes.all()) {
            if (!p.ended()) {
                next = Math.min(next, p.timers().realDeadline());
            }
        }
        return next;
    }

    /** {@code p}'s thread ran {@code nanos} in the interpreter: its CPU time, and the CPU-time timers that expired. */
    void ran(Process p, long nanos) {
        p.cpuNanos += nanos;
        for (Signal expired : p.timers().ran(nanos)) {
            if (!p.ended()) {
                deliver(p, SignalOrigin.kernel(expired.number()));
            }
        }
    }

    /** The wait status of a process {@code signal} ended (WTERMSIG's seven bits, as {@link Signal#waitStatus()}). */
    static int waitStatus(int signal) {
        return signal & 0x7F;
    }
}
