package org.enchufe.kernel;

import java.util.ArrayList;
import java.util.List;

import org.enchufe.lang.vm.Interpreter;
import org.enchufe.lang.vm.ThreadState;

/**
 * One simulated process: a pid and a parent, an interpreter running its program, its
 * descriptor table and its state. Its Python state lives on the heap, so a blocked process holds
 * no Java thread, and fork() copies it.
 */
public final class Process {

    private final Sandbox sandbox;
    private final int pid;
    private int ppid;
    private final String program;
    private final Interpreter interpreter;
    private final ThreadState thread;
    private final DescriptorTable descriptors;
    private final List<Process> children = new ArrayList<>();
    private ProcessState state = ProcessState.READY;
    private int status;
    /** For a sleeping process, when it wakes (System.nanoTime). */
    long wakeAt;
    /** socket.setdefaulttimeout(), in nanoseconds; negative: None. fork() copies it. */
    private long defaultSocketTimeout = -1;

    Process(Sandbox sandbox, int pid, int ppid, String program, Interpreter interpreter, ThreadState thread,
            DescriptorTable descriptors) {
        this.sandbox = sandbox;
        this.pid = pid;
        this.ppid = ppid;
        this.program = program;
        this.interpreter = interpreter;
        this.thread = thread;
        this.descriptors = descriptors;
        interpreter.setHost(this);
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    public int pid() {
        return pid;
    }

    public int ppid() {
        return ppid;
    }

    void reparent(int newParent) {
        this.ppid = newParent;
    }

    public String program() {
        return program;
    }

    public ProcessState state() {
        return state;
    }

    void setState(ProcessState state) {
        this.state = state;
    }

    /** The wait status once ended: exit code × 256, as os.wait() reports it. */
    public int status() {
        return status;
    }

    void setStatus(int status) {
        this.status = status;
    }

    public Interpreter interpreter() {
        return interpreter;
    }

    public ThreadState thread() {
        return thread;
    }

    public DescriptorTable descriptors() {
        return descriptors;
    }

    private boolean ignoresChildren;

    /** signal.signal(SIGCHLD, SIG_IGN): this process's children are reaped as they end. */
    public boolean ignoresChildren() {
        return ignoresChildren;
    }

    public void setIgnoresChildren(boolean ignore) {
        this.ignoresChildren = ignore;
    }

    public long defaultSocketTimeout() {
        return defaultSocketTimeout;
    }

    public void setDefaultSocketTimeout(long nanos) {
        this.defaultSocketTimeout = nanos;
    }

    List<Process> children() {
        return children;
    }

    /** Whether the process has ended (zombie or collected). */
    public boolean ended() {
        return state == ProcessState.ZOMBIE || state == ProcessState.EXITED;
    }
}
