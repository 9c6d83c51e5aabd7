package org.enchufe.kernel;

/** The states a process shows in the process view, as the course names them. */
public enum ProcessState {
    /** Ready to run; waiting for a worker. */
    READY,
    /** Sleeping in a call (accept, recv, sleep, wait…) until the kernel wakes it. */
    BLOCKED,
    /** Stopped in step mode: it runs one line each time the student says so. */
    STOPPED,
    /** Ended; its parent has not collected its status yet. */
    ZOMBIE,
    /** Ended and collected. */
    EXITED
}
