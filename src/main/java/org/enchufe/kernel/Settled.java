package org.enchufe.kernel;

import java.io.IOException;
import java.nio.channels.Selector;

/**
 * Whether a sandbox has settled: nothing will happen in it unless a new program starts. Decided
 * from its own state, never from a quiet period — no thread can run, no timer is pending, none
 * of the channels the blocked calls wait on is ready now, and no readiness is on its way (a
 * connection a listener's queue holds for a thread asleep in accept(), a connect() being
 * answered, a datagram sent over real loopback that the reader's channel has not shown yet).
 * The lesson runner runs a sandbox until this holds; a Check's probes ask it of a live one.
 */
public final class Settled {

    private Settled() {
    }

    /**
     * Whether a sandbox that something else drives (the pool's workers) has settled now, without
     * running anything: nothing can run, no timer is pending, none of the channels the blocked calls wait on is ready (looked at through
     * {@code selector}, the caller's own), and no readiness is on its way. Call on the sandbox's
     * thread.
     */
    public static boolean now(Sandbox sandbox, Selector selector) throws IOException {
        if (sandbox.busy()) {
            return false;
        }
        if (sandbox.registerWaitsAlone(selector) != Long.MAX_VALUE) {
            return false;
        }
        if (selector.selectNow() > 0) {
            selector.selectedKeys().clear();
            return false;
        }
        return !onItsWay(sandbox);
    }

    /** A readiness the snapshot promises, or a datagram sent over real loopback to a socket a thread sleeps on. */
    public static boolean onItsWay(Sandbox sandbox) {
        SandboxSnapshot snapshot = sandbox.snapshot();
        return readinessOnItsWay(snapshot) || datagramOnItsWay(sandbox, snapshot);
    }

    /**
     * Whether a thread sleeps reading a datagram socket (recv, recvfrom… or select/poll on it) to
     * which a datagram was sent over real loopback that its channel has not shown yet: on a loaded
     * machine the kernel may queue it a moment after sendto() returned.
     */
    public static boolean datagramOnItsWay(Sandbox sandbox, SandboxSnapshot snapshot) {
        for (SandboxSnapshot.ProcessView p : snapshot.processes()) {
            for (SandboxSnapshot.ThreadView t : p.threads()) {
                if (t.waitingIn() == null) {
                    continue;
                }
                boolean reads = t.waitingIn().startsWith("recv") && t.waitingOn() != null
                        && sandbox.datagramOnItsWay(p.pid(), t.waitingOn());
                boolean selects = (t.waitingIn().equals("select") || t.waitingIn().equals("poll") || t.waitingIn().equals("epoll_wait"))
                        && p.descriptors().stream().anyMatch(d -> sandbox.datagramOnItsWay(p.pid(), d.fd()));
                if (reads || selects) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether some blocked thread's wait will end without any program doing anything more: it
     * sleeps in accept() on a listener holding a connection not yet accepted (in select, poll or epoll_wait,
     * on a listener of its process that does), or in a connect() still being answered.
     */
    public static boolean readinessOnItsWay(SandboxSnapshot snapshot) {
        for (SandboxSnapshot.ProcessView p : snapshot.processes()) {
            for (SandboxSnapshot.ThreadView t : p.threads()) {
                if (t.waitingIn() != null && waitEnds(p, t.waitingIn(), t.waitingOn())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean waitEnds(SandboxSnapshot.ProcessView p, String call, Integer fd) {
        return switch (call) {
            case "connect" -> true;
            case "accept" -> p.descriptors().stream().anyMatch(d -> fd != null && d.fd() == fd && queued(d));
            case "select", "poll", "epoll_wait" -> p.descriptors().stream().anyMatch(Settled::queued);
            default -> false;
        };
    }

    private static boolean queued(SandboxSnapshot.DescriptorView d) {
        return d.queued() != null && d.queued() > 0;
    }
}
