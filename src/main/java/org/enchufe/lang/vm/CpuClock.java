package org.enchufe.lang.vm;

/**
 * The clock the interpreter adds up a process's and each thread's CPU time with — what {@code
 * time.process_time()} and {@code time.thread_time()} read: the time its slices ran on a Java
 * thread, as Linux's scheduler counts a task's run time (from its clock while the task runs, not
 * from the work done). Waiting (a sleep, a blocking accept) is outside any slice and adds nothing.
 * The monotonic clock, not the JVM's per-thread CPU time: a run loop enters slices of a few
 * instructions in step mode, and that one costs a system call a reading.
 */
final class CpuClock {

    private CpuClock() {
    }

    /** Now, in nanoseconds from an arbitrary origin. */
    static long now() {
        return System.nanoTime();
    }
}
