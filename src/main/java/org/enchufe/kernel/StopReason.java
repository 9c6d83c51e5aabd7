package org.enchufe.kernel;

/**
 * Why a sandbox's running program is asked to stop from another thread (see {@link Sandbox#requestStop}).
 * The same three reasons the VM's stop request takes.
 */
public enum StopReason {
    /** SIGKILL, a reset or the sandbox's disposal: the call in progress is abandoned, the process ends. */
    KILL,
    /** Ctrl-C: KeyboardInterrupt in the main thread, as soon as it can be raised. */
    INTERRUPT,
    /** The watchdog: the worker has been inside one call past its slice for too long; it must come back. */
    DEADLINE
}
