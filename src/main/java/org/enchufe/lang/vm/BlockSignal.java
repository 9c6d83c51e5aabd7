package org.enchufe.lang.vm;

/**
 * Thrown by a builtin that must wait. The run loop catches it, leaves the thread suspended just
 * after the call, and returns to the host; it is never seen by Python code.
 */
public final class BlockSignal extends RuntimeException {

    private final Suspension suspension;

    public BlockSignal(Suspension suspension) {
        super(null, null, false, false);
        this.suspension = suspension;
    }

    public Suspension suspension() {
        return suspension;
    }
}
