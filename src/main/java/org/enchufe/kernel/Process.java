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
    private final DescriptorTable descriptors;
    /** The virtual host it runs on: its addresses, ports, names; fork() keeps it. */
    private final org.enchufe.kernel.net.HostNetwork host;
    private final List<Process> children = new ArrayList<>();
    private final List<Task> tasks = new ArrayList<>();
    /** ZOMBIE or EXITED once ended; while alive the state comes from its threads. */
    private ProcessState ended;
    private int status;
    private int nextTid;
    /** The thread running now, for threading.current_thread(). */
    Task current;
    /** The main thread's exit code, kept while the other threads finish. */
    int exitCode;
    /** The main thread ended by an uncaught KeyboardInterrupt: after atexit, the process dies of SIGINT, as CPython does. */
    boolean interrupted;
    /** The program has ended and its atexit handlers were started (Exits): they end the process. */
    boolean exiting;
    /** The sandbox's one user (os.getuid(), getgid(): a student's account, not root). */
    public static final int UID = 1000;
    /** Its process group and session (os.getpgrp(), getsid()): its own at start; fork() keeps the parent's. */
    private int pgid;
    private int sid;
    /** Its interval timers (setitimer, alarm): a forked child starts with none. */
    private final IntervalTimers timers = new IntervalTimers();
    /** Nanoseconds its threads ran in the interpreter (os.times()'s user time), and its collected children's. */
    long cpuNanos;
    long childrenCpuNanos;
    /** The signals pthread_sigmask() blocks (fork() keeps them), and those that came meanwhile, with who sent them. */
    private final java.util.TreeSet<Integer> signalMask = new java.util.TreeSet<>();
    final java.util.TreeMap<Integer, SignalOrigin> blockedPending = new java.util.TreeMap<>();
    /** socket.setdefaulttimeout(), in nanoseconds; negative: None. fork() copies it. */
    private long defaultSocketTimeout = -1;

    Process(Sandbox sandbox, int pid, int ppid, String program, Interpreter interpreter, ThreadState thread,
            DescriptorTable descriptors, org.enchufe.kernel.net.HostNetwork host) {
        this.sandbox = sandbox;
        this.host = host;
        this.pid = pid;
        this.ppid = ppid;
        this.program = program;
        this.interpreter = interpreter;
        this.descriptors = descriptors;
        this.nextTid = pid;
        this.pgid = pid;
        this.sid = pid;
        Task main = new Task(this, nextTid++, thread, false);
        tasks.add(main);
        this.current = main;
        interpreter.setHost(this);
    }

    /** Adds a thread (threading.Thread.start()); its tid is the pid-like number Linux gives threads. */
    public Task addThread(ThreadState thread, boolean daemon) {
        Task task = new Task(this, nextTid++, thread, daemon);
        tasks.add(task);
        return task;
    }

    /**
     * An interactive process (the workbench's click-to-call): its program is a series of calls
     * given one at a time; between them it waits, and an exception in one is printed, not fatal.
     */
    boolean interactive;

    public boolean interactive() {
        return interactive;
    }

    /** Whether an interactive process waits for its next call (its last one has finished). */
    public boolean awaitingCall() {
        return interactive && ended == null && main().state == Task.State.DONE;
    }

    /**
     * How the latest call given to an interactive process ended or will end: true when it returned,
     * false when it raised or the process ended first; null before its first call.
     */
    java.util.concurrent.CompletableFuture<Boolean> latestCall;

    /** The call in progress ended: {@code returned} whether it returned rather than raised. */
    void callEnded(boolean returned) {
        if (latestCall != null) {
            latestCall.complete(returned);
        }
    }

    /** The next call of an interactive process becomes its main thread. */
    void replaceMain(ThreadState thread) {
        Task next = new Task(this, main().tid, thread, false);
        tasks.set(0, next);
        current = next;
    }

    /** The main thread: the one the program started in (after fork, the one that forked). */
    public Task main() {
        return tasks.getFirst();
    }

    public List<Task> tasks() {
        return tasks;
    }

    /** The thread running now (or last run). */
    public Task current() {
        return current;
    }

    /**
     * The process a kernel module's call is made in; a RuntimeError naming {@code module} when the
     * interpreter runs without the kernel (a script run by {@code Script}).
     */
    public static Process of(Interpreter in, String module) {
        Process p = in.host(Process.class);
        if (p == null) {
            throw org.enchufe.lang.runtime.PyErrors.raise(org.enchufe.lang.runtime.ExceptionTypes.RUNTIME_ERROR,
                    module + " needs the sandbox kernel");
        }
        return p;
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    /** The file tree of the host it runs on (where its AF_UNIX socket files live). */
    public SandboxFiles files() {
        return sandbox.files(host);
    }

    /** The virtual host it runs on, as its sockets see the network. */
    public org.enchufe.kernel.net.HostNetwork network() {
        return host;
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

    /** Step mode: the scheduler leaves it alone; the student moves it a line at a time. */
    boolean stopped;
    /** A step of this stopped process sleeps in a call: when the call completes, the step goes on to the next line. */
    boolean stepInCall;

    /**
     * ZOMBIE/EXITED once ended; STOPPED in step mode unless its main thread sleeps in a call;
     * READY while any thread can run; BLOCKED while all of them wait.
     */
    public ProcessState state() {
        if (ended != null) {
            return ended;
        }
        if (stopped && main().state != Task.State.BLOCKED) {
            return ProcessState.STOPPED;
        }
        for (Task t : tasks) {
            if (t.state == Task.State.READY) {
                return ProcessState.READY;
            }
        }
        return ProcessState.BLOCKED;
    }

    void setEnded(ProcessState state) {
        this.ended = state;
        tasks.forEach(t -> t.state = Task.State.DONE);
    }

    /** The wait status once ended: exit code × 256, as os.wait() reports it. */
    public int status() {
        return status;
    }

    /** What a shell reports for a process that ended with wait status {@code status}: its exit code, or 128 + the signal that killed it. */
    public static int shellExitCode(int status) {
        return (status & 0x7F) != 0 ? 128 + (status & 0x7F) : (status >> 8) & 0xFF;
    }

    void setStatus(int status) {
        this.status = status;
    }

    public Interpreter interpreter() {
        return interpreter;
    }

    /** The main thread's Python state. */
    public ThreadState thread() {
        return main().thread;
    }

    public DescriptorTable descriptors() {
        return descriptors;
    }

    private boolean ignoresChildren;
    /** The Python functions installed with signal.signal(), by signal number. */
    private final java.util.Map<Integer, org.enchufe.lang.runtime.PyObject> handlers = new java.util.HashMap<>();
    /** Signals that came while the process's thread was running, delivered when its slice ends. */
    final java.util.ArrayDeque<Integer> pendingSignals = new java.util.ArrayDeque<>();
    /**
     * The signals set to SIG_IGN (SIGCHLD's is {@link #ignoresChildren}): SIGPIPE from the start,
     * as CPython sets it, so a write to a closed connection raises BrokenPipeError.
     */
    private final java.util.Set<Integer> ignored = new java.util.HashSet<>(java.util.Set.of(Signal.SIGPIPE.number()));

    /** The Python handler of {@code signal}, or null for the default action or SIG_IGN. */
    public org.enchufe.lang.runtime.PyObject handler(int signal) {
        return handlers.get(signal);
    }

    /** SIGINT set to SIG_DFL: the kernel's default, death by the signal, not Python's KeyboardInterrupt. */
    private boolean sigintKills;

    public boolean sigintKills() {
        return sigintKills;
    }

    public void setSigintKills(boolean kills) {
        this.sigintKills = kills;
    }

    public boolean ignores(int signal) {
        return ignored.contains(signal);
    }

    /** Installs a Python handler ({@code handler}), SIG_IGN ({@code ignore}) or, with neither, the default action. */
    public void setDisposition(int signal, org.enchufe.lang.runtime.PyObject handler, boolean ignore) {
        handlers.remove(signal);
        ignored.remove(signal);
        if (handler != null) {
            handlers.put(signal, handler);
        } else if (ignore) {
            ignored.add(signal);
        }
    }

    /** A forked child keeps its parent's dispositions (its handlers are its own copies). */
    void inheritDispositions(Process parent, org.enchufe.lang.runtime.Forker forker) {
        parent.handlers.forEach((signal, handler) -> handlers.put(signal, forker.copy(handler)));
        ignored.addAll(parent.ignored);
        sigintKills = parent.sigintKills;
    }

    /** A forked child: in its parent's process group and session, with its parent's signal mask. */
    void inheritGroupAndMask(Process parent) {
        pgid = parent.pgid;
        sid = parent.sid;
        signalMask.addAll(parent.signalMask);
    }

    public int pgid() {
        return pgid;
    }

    public int sid() {
        return sid;
    }

    /** os.setpgrp(): it leads a process group of its own. */
    public void leadOwnGroup() {
        pgid = pid;
    }

    public IntervalTimers timers() {
        return timers;
    }

    /** Seconds its threads ran in the interpreter, and its collected children's (os.times(), wait4's rusage). */
    public double cpuSeconds() {
        return cpuNanos / 1e9;
    }

    public double childrenCpuSeconds() {
        return childrenCpuNanos / 1e9;
    }

    /** The signals pthread_sigmask() blocks now (a copy). */
    public java.util.SortedSet<Integer> signalMask() {
        return new java.util.TreeSet<>(signalMask);
    }

    /** Replaces the mask; SIGKILL and SIGSTOP cannot be blocked, as Linux drops them silently. */
    public void setSignalMask(java.util.Set<Integer> mask) {
        signalMask.clear();
        signalMask.addAll(mask);
        signalMask.remove(Signal.SIGKILL.number());
        signalMask.remove(Signal.SIGSTOP.number());
    }

    public boolean blocks(int signal) {
        return signalMask.contains(signal);
    }

    /** The blocked signals that came and wait to be delivered or taken by sigwait() (sigpending()). */
    public java.util.SortedSet<Integer> pendingBlocked() {
        return new java.util.TreeSet<>(blockedPending.keySet());
    }

    /** sigwait(): takes the lowest pending signal of {@code wanted}, or null when none is pending. */
    public SignalOrigin takePending(java.util.Set<Integer> wanted) {
        for (Integer signal : blockedPending.keySet()) {
            if (wanted.contains(signal)) {
                return blockedPending.remove(signal);
            }
        }
        return null;
    }

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
        return ended != null;
    }
}
