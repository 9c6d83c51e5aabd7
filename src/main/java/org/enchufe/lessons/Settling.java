package org.enchufe.lessons;

import java.io.IOException;
import java.nio.channels.Selector;

import org.enchufe.kernel.KernelClock;
import org.enchufe.kernel.Sandbox;
import org.enchufe.kernel.Settled;

/**
 * Runs a sandbox until it has settled: nothing will happen unless a new program starts. Decided
 * from the sandbox's own state, never from a quiet period:
 *
 * <ol>
 *   <li>no thread can run (a round of {@code runOnce} made no progress);</li>
 *   <li>no timer is pending — a program's sleep or timeout, a dropped connect()'s give-up, a
 *       datagram a slow link holds;</li>
 *   <li>none of the channels the blocked calls wait on is ready now (a zero-timeout select);</li>
 *   <li>and no readiness is on its way: no thread sleeps in accept() on a listener whose queue
 *       already holds a connection the client side counts as made, nor in a connect() whose
 *       handshake is under way ({@link Settled#readinessOnItsWay}), nor reading a datagram socket to
 *       which a datagram went over real loopback that its channel has not shown yet
 *       ({@link Settled#datagramOnItsWay}: on a loaded machine the kernel may queue it a moment late).</li>
 * </ol>
 *
 * <p>The last is the only case where a real packet is in flight between two of the sandbox's
 * sockets when the rest already holds: loopback TCP completes a client's connect() before the
 * listener's accept queue shows it. Bytes sent over loopback are in the receiver's queue when
 * send() returns, and a close's end of file with them, so a recv() that nothing made ready is
 * one only another program (or nothing) can wake. While a readiness is on its way the selector
 * waits for it; should the snapshot promise one that never comes, {@link #PROMISE_MILLIS}
 * bounds that wait.
 *
 * <p>On a clock that does not pass by itself ({@code ManualClock.advancingWhenIdle()}, what
 * {@link LessonRunner} gives its sandboxes) a pending timer is not waited for: once nothing else
 * can happen first, the clock moves to it, so a program's {@code time.sleep(1)} takes no real time.
 */
public final class Settling {

    /** How long a readiness the snapshot says is on its way may take before it is taken as not coming. */
    static final long PROMISE_MILLIS = 1_000;

    private final Sandbox sandbox;
    private final Selector selector;
    private final long deadline;

    /**
     * @param deadline a guard (System.nanoTime) against a program that never settles — a busy
     *                 loop between sleeps; not a timing decision
     */
    Settling(Sandbox sandbox, Selector selector, long deadline) {
        this.sandbox = sandbox;
        this.selector = selector;
        this.deadline = deadline;
    }

    /** Runs the sandbox until it settles or every process ends; false when the guard had to stop it. */
    boolean run() throws IOException {
        while (!sandbox.allEnded()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            if (sandbox.runOnce()) {
                continue;
            }
            long earliest = sandbox.registerWaitsAlone(selector);
            if (selector.selectNow() > 0) {
                selector.selectedKeys().clear();
                continue;
            }
            if (earliest != Long.MAX_VALUE) {
                awaitTimer(earliest);
                continue;
            }
            if (!onItsWay(sandbox)) {
                return true;
            }
            int ready = selector.select(PROMISE_MILLIS);
            selector.selectedKeys().clear();
            if (ready == 0 && !sandbox.runOnce()) {
                return true;
            }
        }
        return true;
    }

    /**
     * A timer of the programs is the next thing to happen: on the real clock, wait for it (or for a
     * readiness that comes first); on a clock that does not pass by itself (the lesson runner's),
     * move the clock to it — at once, unless a readiness is on its way, which is let come first.
     */
    private void awaitTimer(long earliest) throws IOException {
        KernelClock clock = sandbox.clock();
        if (clock.passesOnItsOwn()) {
            selector.select(Math.max(1, (earliest - clock.nanoTime()) / 1_000_000));
            selector.selectedKeys().clear();
            return;
        }
        if (onItsWay(sandbox) && selector.select(PROMISE_MILLIS) > 0) {
            selector.selectedKeys().clear();
            return;
        }
        sandbox.advanceClockIfIdle();
    }

    private static boolean onItsWay(Sandbox sandbox) {
        return Settled.onItsWay(sandbox);
    }
}
