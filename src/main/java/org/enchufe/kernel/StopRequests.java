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
    /**
     * Who is inside the interpreter now, as one value: a request reads the process, whether its
     * Ctrl-C is KeyboardInterrupt and the interpreter together, so it can never stop one process
     * on the strength of another's pid. Null between slices; guarded by this object's lock, which
     * only a request and the slice's two ends take (uncontended but for a request in flight).
     */
    private Inside inside;
    /** Processes whose Ctrl-C the interpreter took and raises itself: the kernel must not deliver it again. */
    private final Set<Integer> interruptsTaken = ConcurrentHashMap.newKeySet();

    /** The process running a slice, its interpreter, and the worker thread running it. */
    private record Inside(Interpreter interpreter, int pid, boolean interruptible, Thread worker) {
    }

    /**
     * Any thread: stop {@code pid} (ANY: whatever runs) for {@code reason}; when {@code worker} is
     * given, only if that thread is the one inside (the watchdog's deadline is for the call a stuck
     * worker is in, not for whatever another worker runs here once it came back).
     */
    void request(int pid, StopReason reason, Thread worker) {
        stopping = true;
        synchronized (this) {
            Inside in = inside;
            if (in == null || pid != Sandbox.ANY_PROCESS && pid != in.pid() || worker != null && worker != in.worker()) {
                return;
            }
            if (reason == StopReason.INTERRUPT && !in.interruptible()) {
                // A handler or SIG_IGN decides what Ctrl-C does: the kernel delivers it between slices.
                return;
            }
            // A builtin working on a big value checks the request as it goes (the VM's work()), so
            // a kill, a Ctrl-C or the watchdog reaches it within a few microseconds of work.
            in.interpreter().requestStop(reason);
            if (reason == StopReason.INTERRUPT) {
                interruptsTaken.add(in.pid());
            }
        }
    }

    /** The worker's thread: {@code p} enters the interpreter for a slice. */
    void enter(Process p) {
        Inside entering = new Inside(p.interpreter(), p.pid(), p.handler(Signal.SIGINT.number()) == null
                && !p.ignores(Signal.SIGINT.number()) && !p.sigintKills(),
                Thread.currentThread());
        synchronized (this) {
            inside = entering;
        }
    }

    /**
     * The worker's thread: the slice is over. A Ctrl-C the interpreter took but no builtin raised
     * (the slice ended between instructions first) goes back to the kernel, which delivers it as
     * any signal; one a builtin raised stays taken, so it is not raised twice. Under the same lock
     * as a request, so a Ctrl-C is either taken by this slice or left to the kernel, never lost.
     */
    void leave() {
        synchronized (this) {
            Inside in = inside;
            inside = null;
            if (in != null && in.interpreter().cancelInterrupt()) {
                interruptsTaken.remove(in.pid());
            }
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
