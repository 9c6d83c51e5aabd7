package org.enchufe.kernel;

import java.io.IOException;
import java.nio.channels.Selector;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.enchufe.events.DecidedBy;
import org.enchufe.events.Event;
import org.enchufe.events.LinkEvent;
import org.enchufe.events.Sockaddr;
import org.enchufe.events.SocketState;
import org.enchufe.events.ThreadEvent;
import org.enchufe.kernel.net.HostNetwork;
import org.enchufe.kernel.net.Topology;
import org.enchufe.kernel.net.VirtualNetwork;
import org.enchufe.lang.runtime.Errno;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.vm.Interpreter;
import org.enchufe.lang.vm.Limits;
import org.enchufe.lang.vm.StopReason;
import org.enchufe.lang.vm.ThreadState;

/**
 * One student's sandbox: its processes, their descriptor tables, and the scheduler that runs
 * them a slice at a time. Everything that happens is an event, stamped by the sandbox's clock and
 * handed to its listener in order. A facade: the work is done by the {@link ProcessTable},
 * {@link Scheduler}, {@link Signals}, {@link Exits}, {@link Hosts}, {@link EventStamper} and
 * {@link CpuThrottle} it owns, and programs become processes through its {@link Launcher}.
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


    private final KernelClock time;
    private final EventStamper events;
    private final Console console;
    private final ProcessTable processes = new ProcessTable();
    private final KernelLimits kernelLimits;
    private final SandboxMeter meter;
    private final long bootNanos;
    /** The wall clock's reading when the sandbox started, in nanoseconds since the epoch: time.time() counts on from it. */
    private final long bootEpochNanos;
    private final Hosts hosts;
    private final CpuThrottle throttle;
    private final StopRequests stops = new StopRequests();
    private final Signals signals = new Signals(processes, stops, this::end);
    private final Exits exits;
    private final Scheduler scheduler;
    private final InteractiveCalls interactiveCalls;
    private final Forks forks;
    private final Launcher launcher;
    private ServerGuard guard = ServerGuard.NONE;
    private boolean disposed;

    public Sandbox(Console console, Consumer<Event> events, Limits limits) {
        this(console, events, limits, KernelLimits.sandbox());
    }

    public Sandbox(Console console, Consumer<Event> events, Limits limits, KernelLimits kernelLimits) {
        this(console, events, limits, kernelLimits, Topology.DEFAULT);
    }

    /** A sandbox whose virtual network is {@code topology}: its hosts, networks, firewalls and links. */
    public Sandbox(Console console, Consumer<Event> events, Limits limits, KernelLimits kernelLimits,
                   Topology topology) {
        this(console, events, limits, kernelLimits, topology, KernelClock.SYSTEM);
    }

    /** A sandbox whose kernel reads {@code time}: its timers, TIME_WAIT, CPU cap and event stamps. */
    public Sandbox(Console console, Consumer<Event> events, Limits limits, KernelLimits kernelLimits,
                   Topology topology, KernelClock time) {
        this.console = console;
        this.kernelLimits = kernelLimits;
        this.time = time;
        this.events = new EventStamper(time, events);
        this.bootNanos = time.nanoTime();
        java.time.Instant wall = java.time.Instant.now();
        this.bootEpochNanos = wall.getEpochSecond() * 1_000_000_000L + wall.getNano();
        this.throttle = new CpuThrottle(time, kernelLimits);
        this.hosts = new Hosts(topology, time, kernelLimits);
        this.meter = new SandboxMeter(kernelLimits.maxMemory());
        this.exits = new Exits(processes, this.events, meter, signals, this::write);
        this.interactiveCalls = new InteractiveCalls(processes, this::write);
        this.launcher = new Launcher(this, processes, this.events, limits, exits, this::write);
        this.forks = new Forks(this, processes, meter, this.events, stops);
        this.scheduler = new Scheduler(this, processes, hosts, console, throttle, meter, stops, signals, exits);
    }

    public KernelLimits kernelLimits() {
        return kernelLimits;
    }

    /** The clock this sandbox's kernel reads. */
    public KernelClock clock() {
        return time;
    }

    /** When the sandbox started, on its clock: time.monotonic() counts from here. */
    public long bootNanos() {
        return bootNanos;
    }

    /** When the sandbox started, in nanoseconds since the epoch: time.time() is this plus the kernel's clock since. */
    public long bootEpochNanos() {
        return bootEpochNanos;
    }

    public Map<Integer, Process> processes() {
        return processes.view();
    }

    /** Whether one more process may exist (a program started, or a fork): those alive or waiting to be reaped are under the limit. */
    public boolean canStart() {
        return processes.notExited() < kernelLimits.maxProcesses();
    }

    /** Whether one more thread may start: those alive in all the sandbox's processes are under the limit. */
    public boolean canStartThread() {
        int max = kernelLimits.maxThreads();
        if (max <= 0) {
            return true;
        }
        return processes.threadsAlive() < max;
    }

    /** Forgets the oldest ended processes beyond the newest {@code keep}: they hold nothing, and a long session must not grow. */
    public void forgetEnded(int keep) {
        processes.forgetEnded(keep, meter::forget);
    }

    /** Starts an interactive process for {@code filename}: it runs the calls it is given one at a time ({@link #call}). */
    public Process startInteractive(String filename) {
        return startInteractive(filename, hosts.network().defaultHost());
    }

    /** Starts an interactive process for {@code filename} on virtual host {@code host}. */
    public Process startInteractive(String filename, HostNetwork host) {
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
        return interactiveCalls.call(pid, source, first, last);
    }

    /**
     * How the call the interactive process {@code pid} was last given ends: true once it returns,
     * false if it raises (the traceback is on its console) or the process ends first. Completed on
     * the sandbox's thread; an already completed false when the process was given no call.
     */
    public java.util.concurrent.CompletableFuture<Boolean> callEnding(int pid) {
        return interactiveCalls.ending(pid);
    }

    /** Starts {@code source} as a new process on the topology's first host; a SyntaxError ends it at once, as python3 does. */
    public Process start(String filename, String source, String[] argv) {
        return start(filename, source, argv, hosts.network().defaultHost());
    }

    /** Starts {@code source} as a new process on virtual host {@code host} (one of {@link #network()}'s). */
    public Process start(String filename, String source, String[] argv, HostNetwork host) {
        return launcher.start(filename, source, argv, host, guard);
    }

    /**
     * When the VM's second tier compiles this sandbox's functions (see
     * {@link Interpreter#setJitThreshold}); the JVM-wide default otherwise. Tests compile at once.
     */
    public void setJitThreshold(int threshold) {
        launcher.setJitThreshold(threshold);
    }

    /** A new process in the table: see {@link Launcher#register}. */
    Process register(int pid, int ppid, String program, Interpreter in, ThreadState thread, DescriptorTable table,
                     HostNetwork host) {
        return launcher.register(pid, ppid, program, in, thread, table, host);
    }

    /** A host's built-in services (echo, discard, daytime, chargen, time), started on first use. */
    Daemons daemons(HostNetwork host) {
        return hosts.daemons(host);
    }

    /** Real descriptors the hosts' built-in services hold. */
    int daemonDescriptors() {
        return hosts.daemonDescriptors();
    }

    /** The server's guard, asked before what would take the server's last heap or descriptors; none for the CLI. */
    public void setServerGuard(ServerGuard guard) {
        this.guard = guard;
    }

    ServerGuard serverGuard() {
        return guard;
    }

    /** Datagrams a network's link holds back (delay, reordering) until they are due. */
    DelayedDatagrams delayed() {
        return hosts.delayed();
    }

    /** The private file tree (AF_UNIX sockets) of the topology's first host. */
    public SandboxFiles files() {
        return files(hosts.network().defaultHost());
    }

    /** Host {@code host}'s private file tree: every host of a topology is a machine with a /tmp of its own. */
    public SandboxFiles files(HostNetwork host) {
        return hosts.files(host);
    }

    /** The sandbox's virtual network: its hosts, their ports and the real sockets behind them. */
    public VirtualNetwork network() {
        return hosts.network();
    }

    /**
     * Reports one system call of {@code p}: its structured arguments, its result or errno, and the
     * line {@code strace -f} prints for it ({@code call} is the part before " = ").
     */
    public void syscall(Process p, String name, Map<String, Object> args, long result, Errno errno,
                        String call, DecidedBy decidedBy) {
        events.syscall(p, name, args, result, errno, call, decidedBy);
    }

    /** A failed call and what the sandbox knows of why (the process holding the port, the firewall…). */
    void syscall(Process p, String name, Map<String, Object> args, Errno errno, org.enchufe.events.FailureCause cause,
                 String call, DecidedBy decidedBy) {
        events.syscall(p, name, args, -1, errno, cause, call, decidedBy);
    }

    /** Reports a successful call whose strace line the caller composed whole (select, poll). */
    public void syscallText(Process p, String name, Map<String, Object> args, long result, String strace) {
        events.syscallText(p, name, args, result, strace);
    }

    /** The socket on {@code fd} of {@code p} changed state. */
    public void socketState(Process p, int fd, SocketState state, Sockaddr local,
                            Sockaddr remote) {
        socketEvent(p.pid(), fd, (SocketObject) p.descriptors().get(fd), state, local, remote);
    }

    /** A listener's queue grew or shrank: an event for the process that made it. */
    void queueChanged(StreamSocket listener) {
        if (listener.ownerPid >= 0) {
            socketEvent(listener.ownerPid, listener.ownerFd, listener, listener.state(), listener.local(), null);
        }
    }

    /** The one place socket events are made: family, type and (for a listener) its queue come from the socket. */
    void socketEvent(int pid, int fd, SocketObject s, SocketState state, Sockaddr local,
                     Sockaddr remote) {
        if (!disposed) {
            events.socket(pid, fd, s, state, local, remote);
        }
    }

    /** Whether a datagram sent over real loopback to {@code pid}'s socket {@code fd} has not reached its reads yet. */
    public boolean datagramOnItsWay(int pid, int fd) {
        Process p = processes().get(pid);
        return p != null && p.descriptors().get(fd) instanceof DatagramSocket d && d.datagramOnItsWay();
    }

    /** Whether a line of input is waiting for {@code pid} (select on stdin). */
    public boolean consoleReady(int pid) {
        return console.hasLine(pid);
    }

    /** What a network did to a datagram {@code p} sent from {@code fd} (the sandbox's doing). */
    public void linkFate(Process p, int fd, LinkEvent.Fate fate, String network, String to, int bytes) {
        events.link(p.pid(), fd, fate, network, to, bytes);
    }

    /** A thread of {@code p} started or ended. */
    public void threadChanged(Process p, Task t, ThreadEvent.Change change) {
        events.thread(p.pid(), t, change);
    }

    /** A line typed into {@code pid}'s console, shown as the terminal echoes it. */
    public void typed(int pid, String text) {
        events.console(pid, "stdin", text);
    }

    void write(int pid, String stream, String text) {
        if (text.isEmpty()) {
            return;
        }
        console.write(pid, stream, text);
        throttle.printed(text.length());
        events.console(pid, stream, text);
    }

    // ---------------------------------------------------------------- scheduling: see Scheduler

    /**
     * Runs every ready thread of every process for one slice and wakes the ones whose wait is
     * over. Returns false when nothing could run (all ended, or all waiting).
     */
    public boolean runOnce() {
        return scheduler.runOnce();
    }

    /** Runs until every process has ended; for the CLI. Returns the first process's exit code. */
    public int runToCompletion(Process first) {
        return scheduler.runToCompletion(first);
    }

    /** Whether some thread could run now (one is ready and the CPU cap allows it). */
    public boolean hasReady() {
        return anyReady() && !throttled();
    }

    /** Whether a process is running or wants to, the CPU cap's wait included: such a sandbox is in use. */
    public boolean busy() {
        return anyReady();
    }

    private boolean anyReady() {
        return processes.anyReady();
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
        return processes.allEnded();
    }

    /**
     * For a host that drives many sandboxes from one selector: registers the channels this
     * sandbox's blocked calls wait for with {@code shared}, attaching {@code attachment}, and
     * returns when its earliest timer (sleep or timeout) ends, or Long.MAX_VALUE. Console
     * waiters need the host to call again when input arrives. Call from the driving thread.
     */
    /**
     * On a selector of the caller's own (a settling check's): forgets what it waited for before,
     * registers what this sandbox waits for now; the earliest timer, as {@link #registerWaits}.
     */
    public long registerWaitsAlone(Selector own) throws IOException {
        Wakeups wakeups = scheduler.wakeups();
        wakeups.registerAlone(own);
        return wakeups.deadline();
    }

    public long registerWaits(Selector shared, Object attachment) throws IOException {
        Wakeups wakeups = scheduler.wakeups();
        wakeups.register(shared, attachment);
        return wakeups.deadline();
    }

    /**
     * For a driver (the pool) of a sandbox whose clock does not pass by itself (a test's
     * {@link ManualClock}): with nothing able to run and no channel ready, moves the clock to the
     * earliest timer, as {@link #runToCompletion} does. Whether there is something to run now;
     * false on the real clock, whose timers the driver waits for.
     */
    public boolean advanceClockIfIdle() {
        return scheduler.advanceClockIfIdle();
    }

    /** Ends the sandbox: every process's descriptors close, so every real socket closes. */
    public void dispose() {
        // What closing every socket does to the others is nobody's to see any more.
        disposed = true;
        for (Process p : processes.all()) {
            p.descriptors().closeAll();
            if (!p.ended()) {
                p.setEnded(ProcessState.EXITED);
            }
        }
        hosts.dispose();
        scheduler.close();
    }

    /** Whether the sandbox has run all the instructions, or printed all the text, its caps allow this second. */
    public boolean throttled() {
        return throttle.throttled();
    }

    /** Thread {@code forking} called os.fork(): see {@link Forks}. */
    void fork(Task forking) {
        forks.fork(forking);
    }

    // A process ends with a wait status: see Exits.
    private void end(Process p, int status) {
        exits.end(p, status);
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
        p.stepInCall = false;
        return true;
    }

    /**
     * One step of a stopped process: its main thread runs to its next source line, or until it
     * blocks in a call or ends; a step that blocked goes on to the next line once the call
     * completes (input typed, a client came). Returns the line it stopped at (0 when it ended); -1
     * when it cannot step now (not stopped, or sleeping in a call: the call must complete first).
     */
    public int step(int pid) {
        return scheduler.step(pid);
    }

    /**
     * Ctrl-C for {@code pid}: KeyboardInterrupt is raised in the program's main thread at its next
     * instruction, or in the call it is blocked in (accept, recv, sleep, input…). False when it has ended.
     */
    public boolean interrupt(int pid) {
        return signals.interrupt(pid);
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

    /** A signal that ends the process at once, with no traceback (SIGKILL, SIGTERM). False when it has ended. */
    public boolean kill(int pid, Signal signal) {
        return signals.kill(pid, signal.number());
    }

    /**
     * os.kill() from {@code sender}: SIGINT raises KeyboardInterrupt in the target, SIGCHLD and 0
     * do nothing (0 only checks the pid), any other signal ends it as its default action does.
     * False when no process has that pid (ESRCH).
     */
    public boolean signal(Process sender, int pid, int signal) {
        return signals.signal(sender, pid, signal, SignalOrigin.USER);
    }

    /** signal.raise_signal() and pthread_kill(): as {@link #signal} to itself (si_code SI_USER, as CPython's sigwaitinfo shows it). */
    public void raiseSignal(Process self, int signal) {
        signals.signal(self, self.pid(), signal, SignalOrigin.USER);
    }

    /** pthread_sigmask() changed {@code p}'s mask: pending signals it unblocked are delivered; the call returns {@code result}. */
    public void unblocked(Process p, PyObject result) {
        signals.unblocked(p, result);
    }

    /** os.waitpid(pid, WNOHANG) and the checks before blocking in os.wait(): the child to collect now, or null. */
    public PyObject collectNow(Process parent, int pid) {
        return exits.collectNow(parent, pid);
    }

    /** Whether {@code parent} has a child matching {@code pid} (-1: any) that it may wait for. */
    /** waitid(WNOWAIT): an ended child of {@code parent} matching {@code pid}, not collected; null when none. */
    public Process waitableChild(Process parent, int pid) {
        return exits.waitable(parent, pid);
    }

    public boolean hasChild(Process parent, int pid) {
        return exits.hasChild(parent, pid);
    }
}
