package org.enchufe.kernel;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.enchufe.lang.vm.Interpreter;
import org.enchufe.lang.vm.StopReason;

/**
 * The one door into a sandbox from other threads while its worker runs it: kill, Ctrl-C, reset
 * and the watchdog ask here, and the worker's loop looks here between threads. Everything else in
 * the kernel is touched only by the thread that drives the sandbox.
 *
 * <p>A request does two things. It marks the sandbox as {@link #stopping()}, so
 * {@link Sandbox#runOnce()} returns at the next thread boundary and the worker runs the queued
 * command (the kill itself, the signal, the disposal) with the kernel's own rules. And when the
 * process it names is inside the interpreter at that moment, it tells that interpreter, so a long
 * builtin call gives the worker back instead of finishing first.
 */
final class StopRequests {

    /** A request not yet seen by the worker's loop. */
    private volatile boolean stopping;
    /** The interpreter running a slice now, and for which process; null between slices. */
    private volatile Interpreter inside;
    private volatile int insidePid;
    /** Whether that process's SIGINT is KeyboardInterrupt (no handler, not ignored), read on the worker's thread. */
    private volatile boolean insideInterruptible;
    /** Processes whose Ctrl-C the interpreter took and raises itself: the kernel must not deliver it again. */
    private final Set<Integer> interruptsTaken = ConcurrentHashMap.newKeySet();

    /** Any thread: stop {@code pid} (ANY: whatever runs) for {@code reason}. */
    void request(int pid, StopReason reason) {
        stopping = true;
        Interpreter in = inside;
        if (in == null || pid != Sandbox.ANY_PROCESS && pid != insidePid) {
            return;
        }
        if (reason == StopReason.INTERRUPT && !insideInterruptible) {
            // A handler or SIG_IGN decides what Ctrl-C does: the kernel delivers it between slices.
            return;
        }
        if (signal(in, reason) && reason == StopReason.INTERRUPT) {
            interruptsTaken.add(insidePid);
        }
    }

    /**
     * Asks {@code in}, which is inside a slice on another thread, to get out of the call it is in:
     * a builtin working on a big value checks the request as it goes (the VM's {@code work}), so a
     * kill, a Ctrl-C or the watchdog reaches it within a few microseconds of work.
     */
    private static boolean signal(Interpreter in, StopReason reason) {
        in.requestStop(reason);
        return true;
    }

    /** The worker's thread: {@code p} enters the interpreter for a slice. */
    void enter(Process p) {
        insidePid = p.pid();
        insideInterruptible = p.handler(Signal.SIGINT.number()) == null && !p.ignores(Signal.SIGINT.number()) && !p.sigintKills();
        inside = p.interpreter();
    }

    /**
     * The worker's thread: the slice is over. A Ctrl-C the interpreter took but no builtin raised
     * (the slice ended between instructions first) goes back to the kernel, which delivers it as
     * any signal; one a builtin raised stays taken, so it is not raised twice.
     */
    void leave() {
        Interpreter in = inside;
        inside = null;
        if (in != null && in.cancelInterrupt()) {
            interruptsTaken.remove(insidePid);
        }
    }

    /** Whether a stop was asked for since the worker last {@link #clear()}ed. */
    boolean stopping() {
        return stopping;
    }

    /** The worker's thread, before it runs the queued commands: requests from now on are new. */
    void clear() {
        stopping = false;
    }

    /** Whether the interpreter took {@code pid}'s Ctrl-C itself (so the kernel must not deliver it); forgets it. */
    boolean takeInterrupt(int pid) {
        return interruptsTaken.remove(pid);
    }
}
