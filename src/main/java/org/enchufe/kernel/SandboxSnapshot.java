package org.enchufe.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.enchufe.lang.vm.Suspension;

/**
 * A sandbox as the views draw it at one moment — every process with its state, what it sleeps
 * in and its descriptor table, and netstat — for a browser that (re)connects before it follows
 * the event stream. Plain records, serialised as they are.
 */
public record SandboxSnapshot(List<ProcessView> processes, List<Netstat.Row> netstat, NetworkView network) {

    /** A snapshot of a sandbox that is one host on its own. */
    public SandboxSnapshot(List<ProcessView> processes, List<Netstat.Row> netstat) {
        this(processes, netstat, new NetworkView("default", List.of(new HostView(org.enchufe.kernel.net.Resolver.HOSTNAME, List.of())),
                List.of()));
    }

    /**
     * The sandbox's topology: its name and hosts, for the diagram's boxes and the "run on" choice,
     * and the datagrams its links hold on their way (delay, reordering).
     */
    public record NetworkView(String topology, List<HostView> hosts, List<DatagramView> inFlight, List<SubnetView> networks) {

        /** A topology without networks of its own: one host and its loopback. */
        public NetworkView(String topology, List<HostView> hosts, List<DatagramView> inFlight) {
            this(topology, hosts, inFlight, List.of());
        }
    }

    /**
     * A network of the topology, for the diagram: its range, whether the router reaches it, and
     * what its link does to datagrams between hosts (probabilities 0–1, delay in milliseconds).
     */
    public record SubnetView(String name, String cidr, boolean routed, double loss, double duplicate, double reorder,
                             long delayMs) {
    }

    /** A firewall rule of a host: the port (null: every one), protocol (null: both), action and sources (null: all). */
    public record RuleView(Integer port, String protocol, String action, String from) {
    }

    /** A datagram on its way from one socket (process and descriptor) to another. */
    public record DatagramView(int fromPid, int fromFd, int toPid, int toFd, int bytes) {
    }

    /** A host, its addresses besides its loopback, and its firewall's rules in order. */
    public record HostView(String name, List<String> addresses, List<RuleView> firewall) {

        public HostView(String name, List<String> addresses) {
            this(name, addresses, List.of());
        }
    }

    /**
     * @param waitingIn the call a blocked process sleeps in ("accept", "recv", "sleep", "wait", "input"…)
     * @param waitingOn the descriptor it sleeps on, when there is one
     * @param line      the source line it is at
     * @param host      the host it runs on (its gethostname())
     * @param throttled   it could run but waits: the sandbox used up its instructions for this second
     * @param variables   for a process stopped in step mode, what its current frame holds; null otherwise
     */
    public record ProcessView(int pid, int ppid, String program, String host, ProcessState state, int status, String waitingIn,
                              Integer waitingOn, int line, List<DescriptorView> descriptors, List<ThreadView> threads,
                              boolean throttled, StepVariables.VariablesView variables) {

        /** A process that is not stopped: no variables to show. */
        public ProcessView(int pid, int ppid, String program, String host, ProcessState state, int status, String waitingIn,
                           Integer waitingOn, int line, List<DescriptorView> descriptors, List<ThreadView> threads,
                           boolean throttled) {
            this(pid, ppid, program, host, state, status, waitingIn, waitingOn, line, descriptors, threads, throttled, null);
        }
    }

    /** One thread of a process: threading's name, its tid, whether it runs, sleeps (and in what) or ended. */
    public record ThreadView(int tid, String name, Task.State state, String waitingIn, Integer waitingOn, int line) {
    }

    /**
     * One row of a descriptor table: slide 21's picture.
     *
     * @param queued  for a listening socket, the connections completed and not yet accepted
     * @param waiting for a client, whether its connection still waits in the listener's queue
     */
    public record DescriptorView(int fd, String kind, String family, String type, String state, String local, String remote,
                                 Integer queued, boolean waiting) {
    }

    /** Takes the snapshot; call on the sandbox's own thread. */
    public static SandboxSnapshot of(Sandbox sandbox) {
        List<ProcessView> views = new ArrayList<>();
        for (Process p : sandbox.processes().values()) {
            views.add(view(p));
        }
        org.enchufe.kernel.net.VirtualNetwork net = sandbox.network();
        List<DatagramView> inFlight = new ArrayList<>();
        for (DelayedDatagrams.InFlight d : sandbox.delayed().inFlight()) {
            if (d.from().network.datagramFromRealPort(d.realPort()) instanceof DatagramSocket to && !to.closed) {
                inFlight.add(new DatagramView(d.from().ownerPid, d.from().ownerFd, to.ownerPid, to.ownerFd, d.bytes()));
            }
        }
        org.enchufe.kernel.net.Topology topology = net.topology();
        List<HostView> hosts = net.hosts().stream().map(h -> new HostView(h.name(), h.addresses(), firewallOf(topology, h.name())))
                .toList();
        List<SubnetView> networks = topology.networks().stream().map(n -> new SubnetView(n.name(), n.cidr(), n.isRouted(),
                n.lossRate(), n.duplicateRate(), n.reorderRate(), n.delayNanos() / 1_000_000)).toList();
        NetworkView network = new NetworkView(topology.name() == null ? "" : topology.name(), hosts, inFlight, networks);
        return new SandboxSnapshot(views, sandbox.netstat(), network);
    }

    private static List<RuleView> firewallOf(org.enchufe.kernel.net.Topology topology, String host) {
        org.enchufe.kernel.net.Topology.Host spec = topology.host(host);
        return spec == null ? List.of()
                : spec.firewall().stream().map(r -> new RuleView(r.port(), r.protocol(), r.action(), r.from())).toList();
    }

    private static ProcessView view(Process p) {
        Waiting main = p.awaitingCall() ? new Waiting("next-call", null)
                : p.state() == ProcessState.BLOCKED ? waiting(p.main()) : Waiting.NONE;
        List<DescriptorView> descriptors = new ArrayList<>();
        List<ThreadView> threads = new ArrayList<>();
        if (!p.ended()) {
            for (Map.Entry<Integer, DescriptorTable.OpenFile> e : p.descriptors().view().entrySet()) {
                descriptors.add(descriptor(e.getKey(), e.getValue()));
            }
            for (Task t : p.tasks()) {
                Waiting w = t.state == Task.State.BLOCKED ? waiting(t) : Waiting.NONE;
                threads.add(new ThreadView(t.tid(), t.name(), t.state, w.call(), w.fd(),
                        t.state == Task.State.DONE ? 0 : t.thread.callLine()));
            }
        }
        // A stopped process is between lines: it shows the line it will run next.
        int line = p.ended() ? 0 : p.state() == ProcessState.STOPPED ? p.thread().line() : p.thread().callLine();
        return new ProcessView(p.pid(), p.ppid(), p.program(), p.network().name(), p.state(), p.status(), main.call(), main.fd(), line, descriptors,
                threads, p.state() == ProcessState.READY && p.sandbox().throttled(),
                p.state() == ProcessState.STOPPED ? StepVariables.of(p) : null);
    }

    /** What a thread sleeps in and on which descriptor. */
    private record Waiting(String call, Integer fd) {
        static final Waiting NONE = new Waiting(null, null);
    }

    private static Waiting waiting(Task t) {
        return switch (t.thread.suspension()) {
            case KernelCall.Io io -> new Waiting(io.call(), io.fd() >= 0 ? io.fd() : null);
            case KernelCall.WaitChild w -> new Waiting("wait", null);
            case KernelCall.Pause w -> new Waiting("pause", null);
            case KernelCall.SigWait w -> new Waiting("sigwait", null);
            case Suspension.Sleep s -> new Waiting("sleep", null);
            case Suspension.ReadLine r -> new Waiting("input", 0);
            case null, default -> Waiting.NONE;
        };
    }

    private static DescriptorView descriptor(int fd, DescriptorTable.OpenFile file) {
        if (!(file instanceof SocketObject s)) {
            return new DescriptorView(fd, "console", null, null, null, file.describe(), null, null, false);
        }
        String local = s.localShown();
        String remote = s.remoteShown();
        Integer queued = s instanceof StreamSocket stream && stream.listening() ? stream.queued() : null;
        boolean waiting = s instanceof StreamSocket stream && stream.queuedIn != null;
        return new DescriptorView(fd, "socket", Strace.family(s.family), s.typeName(), s.state().name(), local, remote, queued,
                waiting);
    }
}
