package org.enchufe.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.enchufe.events.ConsoleEvent;
import org.enchufe.events.Event;
import org.enchufe.events.EventClock;
import org.enchufe.events.ProcessEvent;
import org.enchufe.kernel.modules.OsModule;
import org.enchufe.lang.Code;
import org.enchufe.lang.Compiler;
import org.enchufe.lang.PySyntaxError;
import org.enchufe.lang.Script;
import org.enchufe.lang.runtime.ExceptionTypes;
import org.enchufe.lang.runtime.PyException;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.runtime.PyTuple;
import org.enchufe.lang.vm.Interpreter;
import org.enchufe.lang.vm.Limits;
import org.enchufe.lang.vm.StopReason;
import org.enchufe.lang.vm.Suspension;
import org.enchufe.lang.vm.ThreadState;
import org.enchufe.lang.vm.Tracebacks;

/**
 * One student's sandbox: its processes, their descriptor tables, and the scheduler that runs
 * them a slice at a time. Everything that happens is an event, stamped by the sandbox's clock and
 * handed to its listener in order.
 */
public final class Sandbox {

    /** Where the sandbox's consoles are: the terminal for the CLI, the browser for the workbench. */
    public interface Console {
        void write(int pid, String stream, String text);

        /** A line of input for {@code pid}, with its newline; null at end of input. Blocks until there is one. */
        String readLine(int pid);

        /** Whether a line is waiting for {@code pid} without blocking. */
        default boolean hasLine(int pid) {
            return false;
        }
    }

    private static final long SLICE = 20_000;
    private Integer jitThreshold;
    private static final int FIRST_PID = 1000;

    private final EventClock clock = new EventClock();
    private final Consumer<Event> events;
    private final Console console;
    private final Limits limits;
    private final Map<Integer, Process> processes = new LinkedHashMap<>();
    private int nextPid = FIRST_PID;

    private final KernelLimits kernelLimits;

    public Sandbox(Console console, Consumer<Event> events, Limits limits) {
        this(console, events, limits, KernelLimits.sandbox());
    }

    public Sandbox(Console console, Consumer<Event> events, Limits limits, KernelLimits kernelLimits) {
        this(console, events, limits, kernelLimits, org.enchufe.kernel.net.Topology.DEFAULT);
    }

    /** A sandbox whose virtual network is {@code topology}: its hosts, networks, firewalls and links. */
    public Sandbox(Console console, Consumer<Event> events, Limits limits, KernelLimits kernelLimits,
                   org.enchufe.kernel.net.Topology topology) {
        this.console = console;
        this.events = events;
        this.limits = limits;
        this.kernelLimits = kernelLimits;
        this.network = new org.enchufe.kernel.net.VirtualNetwork(topology);
        this.delayed = new DelayedDatagrams(kernelLimits.maxLinkBytes());
        this.meter = new SandboxMeter(kernelLimits.maxMemory());
    }

    private final SandboxMeter meter;

    public KernelLimits kernelLimits() {
        return kernelLimits;
    }

    public Map<Integer, Process> processes() {
        return java.util.Collections.unmodifiableMap(processes);
    }

    /** Whether one more process may exist (a program started, or a fork): those alive or waiting to be reaped are under the limit. */
    public boolean canStart() {
        return processes.values().stream().filter(p -> p.state() != ProcessState.EXITED).count() < kernelLimits.maxProcesses();
    }

    /** Whether one more thread may start: those alive in all the sandbox's processes are under the limit. */
    public boolean canStartThread() {
        int max = kernelLimits.maxThreads();
        if (max <= 0) {
            return true;
        }
        int alive = 0;
        for (Process p : processes.values()) {
            if (!p.ended()) {
                for (Task t : p.tasks()) {
                    alive += t.state != Task.State.DONE ? 1 : 0;
                }
            }
        }
        return alive < max;
    }

    /** Forgets the oldest ended processes beyond the newest {@code keep}: they hold nothing, and a long session must not grow. */
    public void forgetEnded(int keep) {
        List<Integer> ended = processes.values().stream().filter(p -> p.state() == ProcessState.EXITED).map(Process::pid)
                .toList();
        for (int i = 0; i < ended.size() - keep; i++) {
            meter.forget(processes.remove(ended.get(i)));
        }
    }

    /** Starts an interactive process for {@code filename}: it runs the calls it is given one at a time ({@link #call}). */
    public Process startInteractive(String filename) {
        return startInteractive(filename, network.defaultHost());
    }

    /** Starts an interactive process for {@code filename} on virtual host {@code host}. */
    public Process startInteractive(String filename, org.enchufe.kernel.net.HostNetwork host) {
        Process p = start(filename, "", new String[0], host);
        p.interactive = true;
        // Its (empty) program has nothing to run: it waits for its first call at once.
        p.main().state = Task.State.DONE;
        return p;
    }

    /** What became of a call given to an interactive process. */
    public enum CallOutcome { STARTED, BUSY, NOT_INTERACTIVE, SYNTAX_ERROR }

    /**
     * Runs line {@code line} of {@code source} (the whole file, as it reads with the new line) as
     * the next call of the interactive process {@code pid}. BUSY while its previous call has not
     * returned (it may sleep in accept()); a SyntaxError is printed on its console.
     */
    public CallOutcome call(int pid, String source, int line) {
        return call(pid, source, line, line);
    }

    /** Runs lines {@code first}…{@code last} of {@code source} as one call of the interactive process {@code pid}. */
    public CallOutcome call(int pid, String source, int first, int last) {
        Process p = processes.get(pid);
        if (p == null || p.ended() || !p.interactive) {
            return CallOutcome.NOT_INTERACTIVE;
        }
        if (!p.awaitingCall()) {
            return CallOutcome.BUSY;
        }
        String[] lines = source.split("\n", -1);
        StringBuilder statements = new StringBuilder();
        for (int i = Math.max(1, first); i <= Math.min(last, lines.length); i++) {
            statements.append(lines[i - 1]).append('\n');
        }
        Code code;
        try {
            // Blank lines before it give the call its line number in the file, for the trace and tracebacks.
            code = Compiler.compileModule("\n".repeat(Math.max(0, first - 1)) + statements, p.program());
        } catch (PySyntaxError e) {
            write(pid, "stderr", Tracebacks.syntaxError(e, p.program(), source));
            return CallOutcome.SYNTAX_ERROR;
        } catch (StackOverflowError | RuntimeException e) {
            write(pid, "stderr", ProgramFault.ofCompiling(pid, e).text());
            return CallOutcome.SYNTAX_ERROR;
        }
        p.interpreter().addSource(p.program(), source);
        p.replaceMain(p.interpreter().startInMain(code));
        return CallOutcome.STARTED;
    }

    /** Starts {@code source} as a new process on the topology's first host; a SyntaxError ends it at once, as python3 does. */
    public Process start(String filename, String source, String[] argv) {
        return start(filename, source, argv, network.defaultHost());
    }

    /** Starts {@code source} as a new process on virtual host {@code host} (one of {@link #network()}'s). */
    public Process start(String filename, String source, String[] argv, org.enchufe.kernel.net.HostNetwork host) {
        guard.refusal().ifPresent(refusal -> {
            throw new ServerGuard.Refused(refusal);
        });
        int pid = nextPid++;
        Interpreter in = newInterpreter(pid);
        in.setArgv(filename, argv);
        List<String> warnings = new ArrayList<>();
        Code code;
        PySyntaxError syntaxError = null;
        ProgramFault fault = null;
        try {
            code = Compiler.compileModule(source, filename, warnings);
            in.addSource(filename, source);
        } catch (PySyntaxError e) {
            syntaxError = e;
            code = Compiler.compileModule("", filename);
        } catch (StackOverflowError | RuntimeException e) {
            // Too deep a nesting for the parser, say: the program's error, never the worker's end.
            fault = ProgramFault.ofCompiling(pid, e);
            code = Compiler.compileModule("", filename);
        }
        Process process = register(pid, 0, filename, in, in.startMain(code), DescriptorTable.withConsole(), host);
        emit(new ProcessEvent(stampSeq(), stampT(), pid, 0, ProcessEvent.Change.CREATED, 0, filename));
        if (syntaxError != null) {
            write(pid, "stderr", Tracebacks.syntaxError(syntaxError, filename, source));
            end(process, 1 << 8);
        } else if (fault != null) {
            write(pid, "stderr", fault.text());
            end(process, fault.status());
        } else {
            warnings.forEach(w -> write(pid, "stderr", w));
        }
        return process;
    }

    /**
     * When the VM's second tier compiles this sandbox's functions (see
     * {@link Interpreter#setJitThreshold}); the JVM-wide default otherwise. Tests compile at once.
     */
    public void setJitThreshold(int threshold) {
        this.jitThreshold = threshold;
    }

    private Interpreter newInterpreter(int pid) {
        Interpreter in = new Interpreter(text -> write(pid, "stdout", text), text -> write(pid, "stderr", text), limits);
        if (jitThreshold != null) {
            in.setJitThreshold(jitThreshold);
        }
        in.registerModule("os", OsModule::create);
        in.registerModule("socket", org.enchufe.kernel.modules.SocketModule::create);
        in.registerModule("select", org.enchufe.kernel.modules.SelectModule::create);
        in.registerModule("signal", org.enchufe.kernel.modules.SignalModule::create);
        in.registerModule("_thread", org.enchufe.kernel.modules.ThreadingModule::thread);
        in.registerModule("threading", org.enchufe.kernel.modules.ThreadingModule::threading);
        return in;
    }

    private Process register(int pid, int ppid, String program, Interpreter in, ThreadState thread, DescriptorTable table,
                             org.enchufe.kernel.net.HostNetwork host) {
        Process process = new Process(this, pid, ppid, program, in, thread, table, host);
        processes.put(pid, process);
        return process;
    }

    // Stamps are taken together, so seq and t of one event come from one tick.
    private EventClock.Stamp pendingStamp;

    private long stampSeq() {
        pendingStamp = clock.next();
        return pendingStamp.seq();
    }

    private long stampT() {
        return pendingStamp.t();
    }

    private void emit(Event event) {
        events.accept(event);
    }

    private final org.enchufe.kernel.net.VirtualNetwork network;

    /** Each host's private file tree, made when a process of it first needs one. */
    private final Map<org.enchufe.kernel.net.HostNetwork, SandboxFiles> files = new java.util.HashMap<>();
    private final Map<org.enchufe.kernel.net.HostNetwork, Daemons> daemons = new java.util.HashMap<>();
    private final DelayedDatagrams delayed;

    /** A host's built-in services (echo, discard, daytime, chargen, time), started on first use. */
    Daemons daemons(org.enchufe.kernel.net.HostNetwork host) {
        return daemons.computeIfAbsent(host, Daemons::new);
    }

    /** Real descriptors the hosts' built-in services hold. */
    int daemonDescriptors() {
        int n = 0;
        for (Daemons d : daemons.values()) {
            n += d.realDescriptors();
        }
        return n;
    }

    private ServerGuard guard = ServerGuard.NONE;

    /** The server's guard, asked before what would take the server's last heap or descriptors; none for the CLI. */
    public void setServerGuard(ServerGuard guard) {
        this.guard = guard;
    }

    ServerGuard serverGuard() {
        return guard;
    }

    private boolean daemonsActive() {
        return daemons.values().stream().anyMatch(Daemons::active);
    }

    private boolean pollDaemons() {
        boolean progressed = false;
        for (Daemons d : daemons.values()) {
            progressed |= d.active() && d.poll();
        }
        return progressed;
    }

    /** Datagrams a network's link holds back (delay, reordering) until they are due. */
    DelayedDatagrams delayed() {
        return delayed;
    }

    /** The private file tree (AF_UNIX sockets) of the topology's first host. */
    public SandboxFiles files() {
        return files(network.defaultHost());
    }

    /** Host {@code host}'s private file tree: every host of a topology is a machine with a /tmp of its own. */
    public SandboxFiles files(org.enchufe.kernel.net.HostNetwork host) {
        return files.computeIfAbsent(host, h -> new SandboxFiles());
    }

    /** The sandbox's virtual network: its hosts, their ports and the real sockets behind them. */
    public org.enchufe.kernel.net.VirtualNetwork network() {
        return network;
    }

    /**
     * Reports one system call of {@code p}: its structured arguments, its result or errno, and the
     * line {@code strace -f} prints for it ({@code call} is the part before " = ").
     */
    public void syscall(Process p, String name, Map<String, Object> args, long result, org.enchufe.lang.runtime.Errno errno,
                        String call, org.enchufe.events.DecidedBy decidedBy) {
        org.enchufe.events.SyscallEvent.ErrnoInfo info = errno == null ? null
                : new org.enchufe.events.SyscallEvent.ErrnoInfo(errno.name(), errno.number(), errno.message());
        String strace = call + " = " + (errno == null ? String.valueOf(result)
                : "-1 " + Strace.errnoName(errno) + " (" + errno.message() + ")");
        emit(new org.enchufe.events.SyscallEvent(stampSeq(), stampT(), p.pid(), name, args, errno == null ? result : -1, info,
                strace, p.thread().callLine(), decidedBy));
    }

    /** Reports a successful call whose strace line the caller composed whole (select, poll). */
    public void syscallText(Process p, String name, Map<String, Object> args, long result, String strace) {
        emit(new org.enchufe.events.SyscallEvent(stampSeq(), stampT(), p.pid(), name, args, result, null, strace,
                p.thread().callLine(), org.enchufe.events.DecidedBy.OS));
    }

    /** The socket on {@code fd} of {@code p} changed state. */
    public void socketState(Process p, int fd, org.enchufe.events.SocketState state, org.enchufe.events.Sockaddr local,
                            org.enchufe.events.Sockaddr remote) {
        socketEvent(p.pid(), fd, (SocketObject) p.descriptors().get(fd), state, local, remote);
    }

    /** A listener's queue grew or shrank: an event for the process that made it. */
    void queueChanged(StreamSocket listener) {
        if (listener.ownerPid >= 0) {
            socketEvent(listener.ownerPid, listener.ownerFd, listener, listener.state(), listener.local(), null);
        }
    }

    /** The one place socket events are made: family, type and (for a listener) its queue come from the socket. */
    void socketEvent(int pid, int fd, SocketObject s, org.enchufe.events.SocketState state, org.enchufe.events.Sockaddr local,
                     org.enchufe.events.Sockaddr remote) {
        Integer queued = s instanceof StreamSocket stream && stream.listening() ? stream.queued : null;
        emit(new org.enchufe.events.SocketEvent(stampSeq(), stampT(), pid, fd, Strace.family(s.family), s.typeName(), state,
                local, remote, queued));
    }

    /** Whether a line of input is waiting for {@code pid} (select on stdin). */
    public boolean consoleReady(int pid) {
        return console.hasLine(pid);
    }

    /** A thread of {@code p} started or ended. */
    /** What a network did to a datagram {@code p} sent from {@code fd} (the sandbox's doing). */
    public void linkFate(Process p, int fd, org.enchufe.events.LinkEvent.Fate fate, String network, String to, int bytes) {
        emit(new org.enchufe.events.LinkEvent(stampSeq(), stampT(), p.pid(), fd, fate, network, to, bytes));
    }

    public void threadChanged(Process p, Task t, org.enchufe.events.ThreadEvent.Change change) {
        emit(new org.enchufe.events.ThreadEvent(stampSeq(), stampT(), p.pid(), t.tid(), t.name(), change));
    }

    /** A line typed into {@code pid}'s console, shown as the terminal echoes it. */
    public void typed(int pid, String text) {
        emit(new ConsoleEvent(stampSeq(), stampT(), pid, "stdin", text));
    }

    void write(int pid, String stream, String text) {
        if (text.isEmpty()) {
            return;
        }
        console.write(pid, stream, text);
        outputWindowUsed += text.length();
        emit(new ConsoleEvent(stampSeq(), stampT(), pid, stream, text));
    }

    // ---------------------------------------------------------------- scheduling

    /**
     * Runs every ready thread of every process for one slice and wakes the ones whose wait is
     * over. Returns false when nothing could run (all ended, or all waiting).
     */
    public boolean runOnce() {
        boolean progressed = pollDaemons() | delayed.deliverDue(System.nanoTime());
        for (Process p : new ArrayList<>(processes.values())) {
            for (Task t : new ArrayList<>(p.tasks())) {
                if (stops.stopping()) {
                    return progressed;
                }
                try {
                    if (t.state == Task.State.BLOCKED) {
                        progressed |= tryWake(t);
                    }
                    if (t.state == Task.State.READY && !p.ended() && !p.stopped && !throttled() && meter.mayRun(p)) {
                        run(t);
                        progressed = true;
                    }
                } catch (Throwable e) {
                    fault(p, e);
                    progressed = true;
                }
            }
        }
        return progressed;
    }

    /**
     * A Java {@link Throwable} escaped process {@code p}'s thread (its slice, its wake-up, its
     * fork): the process ends with the fault's line on its console; the sandbox and the thread
     * running it go on.
     */
    private void fault(Process p, Throwable e) {
        running = null;
        if (p.ended()) {
            return;
        }
        ProgramFault fault = ProgramFault.of(p.pid(), e);
        if (!fault.text().isEmpty()) {
            write(p.pid(), "stderr", fault.text());
        }
        end(p, fault.status());
    }

    /** Runs until every process has ended; for the CLI. Returns the first process's exit code. */
    public int runToCompletion(Process first) {
        while (processes.values().stream().anyMatch(p -> !p.ended())) {
            if (runOnce()) {
                continue;
            }
            waitForSomething();
        }
        int status = first.status();
        // Killed by a signal: a shell reports 128 + the signal's number.
        return (status & 0x7F) != 0 ? 128 + (status & 0x7F) : (status >> 8) & 0xFF;
    }

    private List<Task> blockedTasks() {
        List<Task> blocked = new ArrayList<>();
        for (Process p : processes.values()) {
            for (Task t : p.tasks()) {
                if (t.state == Task.State.BLOCKED) {
                    blocked.add(t);
                }
            }
        }
        return blocked;
    }

    // Nothing can run: wait for the earliest timer, a socket to become ready, or a console line.
    private void waitForSomething() {
        long now = System.nanoTime();
        long earliest = Long.MAX_VALUE;
        Task reader = null;
        boolean io = false;
        boolean consoleWaiter = false;
        for (Task t : blockedTasks()) {
            Suspension s = t.thread.suspension();
            if (s instanceof Suspension.Sleep) {
                earliest = Math.min(earliest, t.wakeAt);
            } else if (s instanceof KernelCall.Io call) {
                // A call with nothing to wait for (recv on an unbound UDP socket, a lock, a join) is
                // looked at again whenever another thread has run; alone, it waits for ever.
                io |= !call.waits().isEmpty();
                consoleWaiter |= call.console();
                if (call.timeoutNanos() >= 0) {
                    earliest = Math.min(earliest, t.wakeAt);
                }
            } else if (s instanceof Suspension.ReadLine && reader == null) {
                reader = t;
            }
        }
        earliest = Math.min(earliest, Math.min(delayed.earliest(), throttledUntil()));
        if (io || daemonsActive() && earliest != Long.MAX_VALUE) {
            // A reader can only be served by polling the console between selects.
            long cap = reader != null || consoleWaiter ? 10_000_000L : Long.MAX_VALUE;
            selectUntil(earliest == Long.MAX_VALUE ? cap : Math.min(cap, Math.max(0, earliest - now)));
            return;
        }
        if (earliest != Long.MAX_VALUE) {
            long nanos = Math.max(0, earliest - now);
            try {
                Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return;
        }
        if (reader != null) {
            deliverLine(reader, console.readLine(reader.process.pid()));
            return;
        }
        // Everyone waits for something that cannot happen (e.g. wait() with no children left, a
        // lock nobody will release): a deadlock in the program, which Linux would leave hanging.
        // End them with an error.
        for (Task t : blockedTasks()) {
            t.thread.resumeWithError(PyException.of(ExceptionTypes.RUNTIME_ERROR,
                    "every process of the sandbox is waiting: deadlock"));
            t.state = Task.State.READY;
        }
    }

    /** Sleeps in the sandbox's selector until a blocked call's channel is ready or {@code nanos} pass. */
    private void selectUntil(long nanos) {
        try {
            if (selector == null) {
                selector = java.nio.channels.Selector.open();
            }
            for (var key : selector.keys()) {
                if (key.isValid()) {
                    key.interestOps(0);
                }
            }
            registerWaits(selector, null);
            long millis = nanos / 1_000_000;
            if (nanos == Long.MAX_VALUE) {
                selector.select();
            } else if (millis == 0) {
                selector.selectNow();
                if (nanos > 0) {
                    Thread.sleep(0, (int) Math.min(nanos, 999_999));
                }
            } else {
                selector.select(millis);
            }
            selector.selectedKeys().clear();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("the sandbox's selector failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private java.nio.channels.Selector selector;

    /** Whether some thread could run now (one is ready and the CPU cap allows it). */
    public boolean hasReady() {
        return anyReady() && !throttled();
    }

    /** Whether a process is running or wants to, the CPU cap's wait included: such a sandbox is in use. */
    public boolean busy() {
        return anyReady();
    }

    private boolean anyReady() {
        return processes.values().stream().anyMatch(p -> p.state() == ProcessState.READY);
    }

    /** The whole sandbox as the views draw it now. */
    public SandboxSnapshot snapshot() {
        return SandboxSnapshot.of(this);
    }

    /** What {@code netstat -tuanp} would show for this sandbox now. */
    public List<Netstat.Row> netstat() {
        return Netstat.rows(this);
    }

    /** Whether every process has ended. */
    public boolean allEnded() {
        return processes.values().stream().allMatch(Process::ended);
    }

    /**
     * For a host that drives many sandboxes from one selector: registers the channels this
     * sandbox's blocked calls wait for with {@code shared}, attaching {@code attachment}, and
     * returns when its earliest timer (sleep or timeout) ends, or Long.MAX_VALUE. Console
     * waiters need the host to call again when input arrives. Call from the driving thread.
     */
    public long registerWaits(java.nio.channels.Selector shared, Object attachment) throws java.io.IOException {
        long earliest = Math.min(delayed.earliest(), throttledUntil());
        for (Daemons d : daemons.values()) {
            if (d.active()) {
                KernelCall.Wait.registerAll(shared, d.waits(), attachment);
            }
        }
        for (Task t : blockedTasks()) {
            Suspension s = t.thread.suspension();
            if (s instanceof Suspension.Sleep) {
                earliest = Math.min(earliest, t.wakeAt);
            } else if (s instanceof KernelCall.Io call) {
                if (call.timeoutNanos() >= 0) {
                    earliest = Math.min(earliest, t.wakeAt);
                }
                KernelCall.Wait.registerAll(shared, call.waits(), attachment);
            }
        }
        return earliest;
    }

    /** Ends the sandbox: every process's descriptors close, so every real socket closes. */
    public void dispose() {
        for (Process p : processes.values()) {
            p.descriptors().closeAll();
            if (!p.ended()) {
                p.setEnded(ProcessState.EXITED);
            }
        }
        delayed.clear();
        daemons.values().forEach(Daemons::close);
        files.values().forEach(SandboxFiles::delete);
        if (selector != null) {
            try {
                selector.close();
            } catch (java.io.IOException ignored) {
                // Nothing is left to tell.
            }
        }
    }

    private boolean tryWake(Task t) {
        Suspension s = t.thread.suspension();
        if (s instanceof Suspension.Sleep && System.nanoTime() >= t.wakeAt) {
            t.thread.resume(PyNone.NONE);
            t.state = Task.State.READY;
            return true;
        }
        if (s instanceof Suspension.ReadLine && console.hasLine(t.process.pid())) {
            deliverLine(t, console.readLine(t.process.pid()));
            return true;
        }
        if (s instanceof KernelCall.WaitChild wait) {
            return reapFor(t, wait.pid());
        }
        if (s instanceof KernelCall.Io io) {
            if (retry(t, io)) {
                return true;
            }
            if (io.timeoutNanos() >= 0 && System.nanoTime() - t.wakeAt >= 0) {
                if (io.onTimeout() == null) {
                    t.thread.resumeWithError(PyException.of(ExceptionTypes.TIMEOUT_ERROR, "timed out"));
                } else {
                    try {
                        t.thread.resume(t.process.interpreter().with(io.onTimeout()::tryNow));
                    } catch (org.enchufe.lang.runtime.PyRaise failed) {
                        // What the call does when its time is up may itself be an error (ETIMEDOUT, timed out).
                        t.thread.resumeWithError(failed.exception());
                    }
                }
                t.state = Task.State.READY;
                return true;
            }
        }
        return false;
    }

    private boolean retry(Task t, KernelCall.Io io) {
        PyObject result;
        Task previous = t.process.current;
        t.process.current = t;
        try {
            result = t.process.interpreter().with(io.attempt()::tryNow);
        } catch (org.enchufe.lang.runtime.PyRaise failed) {
            t.thread.resumeWithError(failed.exception());
            t.state = Task.State.READY;
            return true;
        } finally {
            t.process.current = previous;
        }
        if (result == null) {
            return false;
        }
        t.thread.resume(result);
        t.state = Task.State.READY;
        return true;
    }

    private void deliverLine(Task t, String line) {
        Suspension.ReadLine read = (Suspension.ReadLine) t.thread.suspension();
        if (line == null) {
            if (read.keepNewline()) {
                t.thread.resume(PyStr.of(""));
            } else {
                t.thread.resumeWithError(PyException.of(ExceptionTypes.EOF_ERROR, "EOF when reading a line"));
            }
        } else if (read.keepNewline()) {
            t.thread.resume(PyStr.of(line));
        } else {
            t.thread.resume(PyStr.of(line.endsWith("\n") ? line.substring(0, line.length() - 1) : line));
        }
        t.state = Task.State.READY;
    }

    /** The process whose thread the interpreter is running now: signals for it wait until its slice ends. */
    private Process running;

    // The CPU cap: instructions run in the current one-second window.
    private long cpuWindowStart = System.nanoTime();
    private long cpuWindowUsed;

    // Characters printed in the current window, for the output cap.
    private long outputWindowUsed;

    /** Whether the sandbox has run all the instructions, or printed all the text, its caps allow this second. */
    public boolean throttled() {
        long cap = kernelLimits.maxInstructionsPerSecond();
        long outputCap = kernelLimits.maxOutputPerSecond();
        if (cap <= 0 && outputCap <= 0) {
            return false;
        }
        long now = System.nanoTime();
        if (now - cpuWindowStart >= 1_000_000_000L) {
            cpuWindowStart = now;
            cpuWindowUsed = 0;
            outputWindowUsed = 0;
        }
        return cap > 0 && cpuWindowUsed >= cap || outputCap > 0 && outputWindowUsed >= outputCap;
    }

    // When a throttled sandbox may run again; Long.MAX_VALUE when it is not throttled or has nothing to run.
    private long throttledUntil() {
        return throttled() && anyReady() ? cpuWindowStart + 1_000_000_000L : Long.MAX_VALUE;
    }

    private void run(Task t) {
        t.process.current = t;
        Interpreter.Outcome outcome;
        running = t.process;
        long before = t.process.interpreter().instructions();
        long allocatedBefore = SandboxMeter.allocatedByThisThread();
        stops.enter(t.process);
        try {
            outcome = t.process.interpreter().run(t.thread, SLICE);
        } finally {
            stops.leave();
            running = null;
            cpuWindowUsed += t.process.interpreter().instructions() - before;
        }
        switch (outcome) {
            case YIELDED -> { }
            case FINISHED -> finish(t);
            case BLOCKED -> block(t);
        }
        deliverPending(t.process);
        if (meter.afterSlice(t, SandboxMeter.allocatedByThisThread() - allocatedBefore)) {
            // It kept what put the sandbox over its memory after its MemoryError: Linux's OOM killer ends it.
            write(t.process.pid(), "stderr", "Killed: the sandbox's memory is full\n");
            end(t.process, Signal.SIGKILL.waitStatus());
        }
    }

    private void deliverPending(Process p) {
        for (Integer signal = p.pendingSignals.poll(); signal != null; signal = p.pendingSignals.poll()) {
            if (!p.ended()) {
                deliver(p, signal);
            }
        }
    }

    private void block(Task t) {
        Suspension s = t.thread.suspension();
        t.state = Task.State.BLOCKED;
        switch (s) {
            case Suspension.Sleep sleep -> {
                // The same sleep again (a signal handler ran in the middle of it) keeps its end, as CPython's does.
                if (t.sleeping != sleep) {
                    t.wakeAt = System.nanoTime() + sleep.nanos();
                    t.sleeping = sleep;
                }
            }
            case KernelCall.Fork fork -> fork(t);
            case KernelCall.Exit exit -> end(t.process, (exit.status() & 0xFF) << 8);
            case KernelCall.SelfSignal self -> {
                t.thread.resume(org.enchufe.lang.runtime.PyNone.NONE);
                t.state = Task.State.READY;
                deliver(t.process, self.signal());
            }
            case KernelCall.Killed killed -> end(t.process, killed.signal() & 0x7F);
            case KernelCall.WaitChild wait -> reapFor(t, wait.pid());
            case KernelCall.Io io -> {
                t.wakeAt = System.nanoTime() + Math.max(0, io.timeoutNanos());
                retry(t, io);
            }
            default -> { }
        }
    }

    private void fork(Task forking) {
        Process parent = forking.process;
        if (!canStart()) {
            syscall(parent, "fork", Map.of(), -1, org.enchufe.lang.runtime.Errno.EAGAIN, "clone(child_stack=NULL, "
                    + "flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD)", org.enchufe.events.DecidedBy.SANDBOX);
            forking.thread.resumeWithError(PyException.osError(org.enchufe.lang.runtime.Errno.EAGAIN.number(),
                    org.enchufe.lang.runtime.Errno.EAGAIN.message(), null));
            forking.state = Task.State.READY;
            return;
        }
        if (guard.refusal(ServerGuard.Resource.HEAP).isPresent() || !meter.admitsFork(parent)) {
            // The copy would not fit in the sandbox's memory, or the server's heap is nearly full: Linux's fork() says ENOMEM.
            refuseFork(parent, forking);
            return;
        }
        Interpreter.Forked forked;
        // The copy is the parent's work, charged as it goes: a kill, Ctrl-C or the watchdog reaches it there.
        stops.enter(parent);
        try {
            // The child has one thread: a copy of the one that forked, as POSIX says.
            forked = parent.interpreter().fork(forking.thread);
        } catch (OutOfMemoryError e) {
            // No room for the copy, or for the thread that makes it: the same ENOMEM.
            refuseFork(parent, forking);
            return;
        } catch (org.enchufe.lang.runtime.PyRaise interrupted) {
            // Ctrl-C while the heap was copied: no child, and the parent's fork() raises KeyboardInterrupt.
            forking.thread.resumeWithError(interrupted.exception());
            forking.state = Task.State.READY;
            return;
        } finally {
            stops.leave();
        }
        int pid = nextPid++;
        Interpreter childIn = forked.interpreter();
        childIn.setOutput(text -> write(pid, "stdout", text), text -> write(pid, "stderr", text));
        Process child = register(pid, parent.pid(), parent.program(), childIn, forked.thread(),
                parent.descriptors().forkCopy(), parent.network());
        // The copy holds what the parent holds from its first instruction, allocating or not.
        meter.forked(parent, child);
        parent.children().add(child);
        child.setDefaultSocketTimeout(parent.defaultSocketTimeout());
        child.setIgnoresChildren(parent.ignoresChildren());
        child.inheritDispositions(parent, forked.forker());
        emit(new ProcessEvent(stampSeq(), stampT(), pid, parent.pid(), ProcessEvent.Change.FORKED, 0, parent.program()));
        forking.thread.resume(PyInt.of(pid));
        forking.state = Task.State.READY;
        child.thread().resume(PyInt.of(0));
        child.main().state = Task.State.READY;
    }

    private void refuseFork(Process parent, Task forking) {
        syscall(parent, "fork", Map.of(), -1, org.enchufe.lang.runtime.Errno.ENOMEM, "clone(child_stack=NULL, "
                + "flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD)", org.enchufe.events.DecidedBy.SANDBOX);
        forking.thread.resumeWithError(PyException.osError(org.enchufe.lang.runtime.Errno.ENOMEM.number(),
                org.enchufe.lang.runtime.Errno.ENOMEM.message(), null));
        forking.state = Task.State.READY;
    }

    private void finish(Task t) {
        Process p = t.process;
        PyException uncaught = t.thread.uncaught();
        t.state = Task.State.DONE;
        if (!t.isMain()) {
            threadChanged(p, t, org.enchufe.events.ThreadEvent.Change.ENDED);
            // An ended thread holds nothing: a program that starts threads for ever must not grow the table.
            p.tasks().remove(t);
            // An exception that ends a thread is printed, and the process goes on (threading.excepthook).
            if (uncaught != null && !uncaught.type().isSubtypeOf(ExceptionTypes.SYSTEM_EXIT)) {
                write(p.pid(), "stderr", "Exception in thread " + org.enchufe.kernel.modules.ThreadingModule.nameOf(p, t) + ":\n");
                p.interpreter().with(() -> Script.exitCode(p.interpreter(), uncaught, text -> write(p.pid(), "stderr", text)));
            }
            endIfOnlyDaemonsLeft(p);
            return;
        }
        if (p.interactive && (uncaught == null || !uncaught.type().isSubtypeOf(ExceptionTypes.SYSTEM_EXIT))) {
            // As at Python's prompt: an exception (Ctrl-C included) is printed and the session goes on.
            if (uncaught != null) {
                p.interpreter().with(() -> Script.exitCode(p.interpreter(), uncaught, text -> write(p.pid(), "stderr", text)));
            }
            return;
        }
        p.interactive = false;
        if (uncaught != null && uncaught.type().isSubtypeOf(ExceptionTypes.KEYBOARD_INTERRUPT)) {
            // CPython prints the traceback, then dies of SIGINT, as a shell sees it (status 2).
            p.interpreter().with(() -> Script.exitCode(p.interpreter(), uncaught, text -> write(p.pid(), "stderr", text)));
            end(p, Signal.SIGINT.waitStatus());
            return;
        }
        int code = uncaught == null ? 0
                : p.interpreter().with(() -> Script.exitCode(p.interpreter(), uncaught, text -> write(p.pid(), "stderr", text)));
        p.exitCode = code;
        endIfOnlyDaemonsLeft(p);
    }

    // Python waits for the threads that are not daemons before it exits; daemons die with it.
    private void endIfOnlyDaemonsLeft(Process p) {
        if (p.main().state != Task.State.DONE || p.interactive) {
            return;
        }
        for (Task t : p.tasks()) {
            if (!t.daemon && t.state != Task.State.DONE) {
                return;
            }
        }
        end(p, (p.exitCode & 0xFF) << 8);
    }

    /** The process ends with {@code status}: its descriptors close; its parent may collect it. */
    private void end(Process p, int status) {
        p.setStatus(status);
        p.descriptors().closeAll();
        // Its objects are nobody's now, as a dead process's pages are: a zombie holds only its status.
        p.interpreter().modules().clear();
        meter.ended(p);
        Process parent = processes.get(p.ppid());
        // A parent that ignores SIGCHLD leaves no zombies: its children vanish as they end.
        boolean collectable = parent != null && !parent.ended() && !parent.ignoresChildren();
        p.setEnded(collectable ? ProcessState.ZOMBIE : ProcessState.EXITED);
        emit(new ProcessEvent(stampSeq(), stampT(), p.pid(), p.ppid(), ProcessEvent.Change.EXITED, status, p.program()));
        // Orphans are adopted by nobody: when they end, nobody needs to collect them.
        for (Process child : p.children()) {
            child.reparent(0);
            if (child.state() == ProcessState.ZOMBIE) {
                reap(child);
            }
        }
        if (parent == null || parent.ended()) {
            return;
        }
        if (parent.ignoresChildren()) {
            parent.children().remove(p);
        }
        if (parent.handler(Signal.SIGCHLD.number()) != null) {
            deliver(parent, Signal.SIGCHLD.number());
        }
        for (Task waiter : parent.tasks()) {
            if (waiter.state == Task.State.BLOCKED && waiter.thread.suspension() instanceof KernelCall.WaitChild wait) {
                if (collectable) {
                    reapFor(waiter, wait.pid());
                } else if (!hasChild(parent, wait.pid())) {
                    // wait() with SIGCHLD ignored returns once no child is left, with ECHILD.
                    waiter.thread.resumeWithError(PyException.osError(org.enchufe.lang.runtime.Errno.ECHILD.number(),
                            org.enchufe.lang.runtime.Errno.ECHILD.message(), null));
                    waiter.state = Task.State.READY;
                }
            }
        }
    }

    /** If the waiting thread's process has an ended child matching {@code pid} (-1: any), collects it and resumes the thread. */
    private boolean reapFor(Task waiter, int pid) {
        Process parent = waiter.process;
        for (Process child : parent.children()) {
            if (child.state() == ProcessState.ZOMBIE && (pid == -1 || child.pid() == pid)) {
                reap(child);
                parent.children().remove(child);
                waiter.thread.resume(PyTuple.of(PyInt.of(child.pid()), PyInt.of(child.status())));
                waiter.state = Task.State.READY;
                return true;
            }
        }
        return false;
    }

    private void reap(Process child) {
        child.setEnded(ProcessState.EXITED);
        emit(new ProcessEvent(stampSeq(), stampT(), child.pid(), child.ppid(), ProcessEvent.Change.REAPED, child.status(),
                child.program()));
    }

    /** Step mode on: the process stops before its next instruction (its blocked calls still complete). */
    public boolean stop(int pid) {
        Process p = processes.get(pid);
        if (p == null || p.ended()) {
            return false;
        }
        p.stopped = true;
        return true;
    }

    /** Step mode off: the scheduler runs the process again. */
    public boolean resume(int pid) {
        Process p = processes.get(pid);
        if (p == null || p.ended()) {
            return false;
        }
        p.stopped = false;
        return true;
    }

    /**
     * One step of a stopped process: its main thread runs to its next source line, or until it
     * blocks in a call or ends. Returns the line it stopped at (0 when it ended); -1 when it
     * cannot step now (not stopped, or sleeping in a call: the call must complete first).
     */
    public int step(int pid) {
        Process p = processes.get(pid);
        if (p == null || p.ended() || !p.stopped) {
            return -1;
        }
        Task main = p.main();
        if (main.state != Task.State.READY) {
            return -1;
        }
        p.current = main;
        Interpreter.Outcome outcome;
        running = p;
        stops.enter(p);
        try {
            outcome = p.interpreter().stepLine(main.thread, SLICE);
        } catch (Throwable e) {
            fault(p, e);
            return 0;
        } finally {
            stops.leave();
            running = null;
        }
        switch (outcome) {
            case YIELDED -> { }
            case FINISHED -> finish(main);
            case BLOCKED -> block(main);
        }
        deliverPending(p);
        return p.ended() || main.state == Task.State.DONE ? 0 : main.thread.line();
    }

    /**
     * Ctrl-C for {@code pid}: KeyboardInterrupt is raised in the program's main thread at its next
     * instruction, or in the call it is blocked in (accept, recv, sleep, input…). False when it has ended.
     */
    public boolean interrupt(int pid) {
        Process p = processes.get(pid);
        if (p == null || p.ended() || p.main().state == Task.State.DONE) {
            return false;
        }
        if (stops.takeInterrupt(pid)) {
            // The interpreter raised this Ctrl-C itself, inside the long call it was in.
            return true;
        }
        return deliver(p, Signal.SIGINT.number());
    }

    /** For {@link #requestStop(int, StopReason)}: whatever process is running. */
    public static final int ANY_PROCESS = -1;

    /**
     * From any thread, while a worker may be running this sandbox: asks process {@code pid} (or
     * {@link #ANY_PROCESS}) to stop for {@code reason}. The scheduler gives the worker back at the
     * next thread boundary, and a process inside a long call is told to leave it; what the stop
     * means (the kill, the KeyboardInterrupt, the disposal) is the command queued with it, run on
     * the worker's thread as every command is.
     */
    public void requestStop(int pid, StopReason reason) {
        stops.request(pid, reason, null);
    }

    /**
     * From the watchdog's thread: the call {@code worker} has been inside for too long must end
     * (DEADLINE) — and only if that worker is still the one inside this sandbox.
     */
    public void requestDeadline(Thread worker) {
        stops.request(ANY_PROCESS, StopReason.DEADLINE, worker);
    }

    /** Whether a stop was asked for since {@link #clearStopRequest()}: {@link #runOnce()} returns at once. */
    public boolean stopRequested() {
        return stops.stopping();
    }

    /** The driving thread, before it runs the queued commands: the requests so far are being served. */
    public void clearStopRequest() {
        stops.clear();
    }

    private final StopRequests stops = new StopRequests();

    /**
     * {@code signal} reaches {@code p} from outside: a Python handler runs first in its main thread
     * (a call it sleeps in goes on afterwards), SIG_IGN drops it, otherwise the default action —
     * KeyboardInterrupt for SIGINT, nothing for SIGCHLD, the end of the process for the others.
     */
    private boolean deliver(Process p, int signal) {
        org.enchufe.lang.runtime.PyObject handler = p.handler(signal);
        if (handler != null && p == running) {
            // Its thread is inside the interpreter (it signalled its parent, say): it runs the handler after this slice.
            p.pendingSignals.add(signal);
            return true;
        }
        if (handler != null) {
            Task main = p.main();
            if (main.state == Task.State.DONE) {
                return true;
            }
            p.interpreter().runFirst(main.thread, handler,
                    new org.enchufe.lang.runtime.PyObject[] {org.enchufe.lang.runtime.PyInt.of(signal),
                        org.enchufe.lang.runtime.PyNone.NONE});
            main.state = Task.State.READY;
            return true;
        }
        if (p.ignores(signal) || Signal.SIGCHLD.is(signal)) {
            return true;
        }
        if (Signal.SIGINT.is(signal) && !p.sigintKills()) {
            if (p.main().state == Task.State.DONE) {
                return false;
            }
            p.thread().interrupt(PyException.withArgs(ExceptionTypes.KEYBOARD_INTERRUPT));
            p.main().state = Task.State.READY;
            return true;
        }
        return kill(p.pid(), signal);
    }

    /** A signal that ends the process at once, with no traceback (SIGKILL, SIGTERM). False when it has ended. */
    public boolean kill(int pid, Signal signal) {
        return kill(pid, signal.number());
    }

    // Any number os.kill() was given ends the process as its default action does.
    private boolean kill(int pid, int signal) {
        Process p = processes.get(pid);
        if (p == null || p.ended()) {
            return false;
        }
        end(p, signal & 0x7F);
        return true;
    }

    /**
     * os.kill() from {@code sender}: SIGINT raises KeyboardInterrupt in the target, SIGCHLD and 0
     * do nothing (0 only checks the pid), any other signal ends it as its default action does.
     * False when no process has that pid (ESRCH).
     */
    public boolean signal(Process sender, int pid, int signal) {
        Process target = processes.get(pid);
        if (target == null || target.state() == ProcessState.EXITED) {
            return false;
        }
        if (signal == 0 || target.ended()) {
            return true;
        }
        if (target == sender) {
            if (target.handler(signal) != null) {
                throw new org.enchufe.lang.vm.BlockSignal(new KernelCall.SelfSignal(signal));
            }
            if (target.ignores(signal) || Signal.SIGCHLD.is(signal)) {
                return true;
            }
            if (Signal.SIGINT.is(signal) && !target.sigintKills()) {
                throw new org.enchufe.lang.runtime.PyRaise(PyException.withArgs(ExceptionTypes.KEYBOARD_INTERRUPT));
            }
            throw new org.enchufe.lang.vm.BlockSignal(new KernelCall.Killed(signal));
        }
        return deliver(target, signal);
    }

    /** os.waitpid(pid, WNOHANG) and the checks before blocking in os.wait(): the child to collect now, or null. */
    public PyObject collectNow(Process parent, int pid) {
        for (Process child : parent.children()) {
            if (child.state() == ProcessState.ZOMBIE && (pid == -1 || child.pid() == pid)) {
                reap(child);
                parent.children().remove(child);
                return PyTuple.of(PyInt.of(child.pid()), PyInt.of(child.status()));
            }
        }
        return null;
    }

    /** Whether {@code parent} has a child matching {@code pid} (-1: any) that it may wait for. */
    public boolean hasChild(Process parent, int pid) {
        return parent.children().stream().anyMatch(c -> pid == -1 || c.pid() == pid);
    }
}
