package org.enchufe.kernel;

import org.enchufe.events.FailureCause;
import org.enchufe.lang.runtime.Errno;

/**
 * A stream socket's connect() until it has said how it ended: the address it asked for (its
 * completion reports it), whether a non-blocking call has still to hear the outcome (Linux's
 * SS_CONNECTING), the error waiting in SO_ERROR, and for a connect() a firewall drops, when it
 * gives up and which rule dropped it.
 */
final class ConnectAttempt {

    private Object asked;
    private boolean unreported;
    private Errno error;
    /** When a connect() nobody answers gives up with ETIMEDOUT (the sandbox's clock); 0 for none. */
    private long unansweredUntil;
    private FailureCause.Firewall droppedBy;

    /** connect() asked for {@code address}: an internet address or an AF_UNIX name. */
    void asked(Object address) {
        asked = address;
    }

    /** The address the connect() in progress asked for, which its completion reports; null for none. */
    Object asked() {
        return asked;
    }

    /** A non-blocking connect() said EINPROGRESS: the next connect() says how it ended. */
    void leftUnreported() {
        unreported = true;
    }

    /** Whether a connect() has still to say how the non-blocking one before it ended. */
    boolean unreported() {
        return unreported;
    }

    /** A connect() has said how it ended: later ones start over. */
    void reported() {
        unreported = false;
    }

    /** It failed with {@code errno}, found by select()/poll() or the connect() itself: it waits in SO_ERROR. */
    void failed(Errno errno) {
        error = errno;
    }

    /** Whether an error waits in SO_ERROR: poll() reports POLLERR. */
    boolean errorPending() {
        return error != null;
    }

    /** SO_ERROR: the error, once (reading it clears it, as on Linux); 0 for none. */
    int takeError() {
        if (error == null) {
            return 0;
        }
        int number = error.number();
        error = null;
        return number;
    }

    /** A firewall ({@code rule}) dropped the SYN: nobody answers, and at {@code until} the connect() gives up. */
    void unanswered(long until, FailureCause.Firewall rule) {
        unansweredUntil = until;
        droppedBy = rule;
    }

    /** Whether a connect() nobody answers is pending: it has no real channel. */
    boolean isUnanswered() {
        return unansweredUntil != 0;
    }

    /** Nanoseconds left before the unanswered connect() gives up. */
    long unansweredFor(KernelClock clock) {
        return Math.max(0, unansweredUntil - clock.nanoTime());
    }

    /** Whether the unanswered connect() has run out of time (within a millisecond); then it is no longer pending. */
    boolean ranOut(KernelClock clock) {
        if (unansweredUntil - clock.nanoTime() > 1_000_000L) {
            return false;
        }
        unansweredUntil = 0;
        return true;
    }

    /** The firewall rule that dropped an unanswered connect(), for its ETIMEDOUT's explanation; null for none. */
    FailureCause.Firewall droppedBy() {
        return droppedBy;
    }
}
