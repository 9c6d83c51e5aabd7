package org.enchufe.kernel;

import org.enchufe.lang.vm.ThreadState;

/**
 * One thread of a process, as the scheduler sees it: its Python thread, whether it can run, and
 * when a sleep or timeout of it ends. A process starts with one (its main thread);
 * {@code threading.Thread.start()} adds more, which share the process's heap and descriptors.
 */
public final class Task {

    /** Where a thread is: runnable, sleeping in a call, or finished. */
    public enum State { READY, BLOCKED, DONE }

    final Process process;
    final int tid;
    final ThreadState thread;
    final boolean daemon;
    State state = State.READY;
    /** For a sleeping or timed call, when it ends (the sandbox's KernelClock). */
    long wakeAt;
    /** The sleep {@link #wakeAt} belongs to: a handler interrupting it does not restart it. */
    org.enchufe.lang.vm.Suspension sleeping;
    /** The thread's name (threading's), for "Exception in thread NAME". */
    String name = "MainThread";

    Task(Process process, int tid, ThreadState thread, boolean daemon) {
        this.process = process;
        this.tid = tid;
        this.thread = thread;
        this.daemon = daemon;
    }

    public int tid() {
        return tid;
    }

    public State state() {
        return state;
    }

    public ThreadState thread() {
        return thread;
    }

    public String name() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isMain() {
        return process.main() == this;
    }
}
