package org.enchufe.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.enchufe.events.DecidedBy;
import org.enchufe.events.Event;
import org.enchufe.events.SyscallEvent;
import org.enchufe.kernel.net.Topology;
import org.enchufe.lang.vm.Limits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Programs on different virtual hosts of one sandbox: addresses, names, routes, firewalls, links. */
@org.junit.jupiter.api.Timeout(20)
class VirtualHostsTest {

    private static final Topology LAB = Topology.parse("""
            name: prueba
            domain: lab
            connectTimeout: 300ms
            networks:
              - {name: lan, cidr: 172.25.4.0/24}
              - {name: interna, cidr: 10.0.9.0/24, routed: false}
            hosts:
              - name: cliente
                addresses: [172.25.4.2]
              - name: servidor
                aliases: [www]
                addresses: [172.25.4.4, 10.0.9.4]
                firewall:
                  - {port: 22, protocol: tcp, action: drop}
                  - {port: 23, action: reject}
                  - {port: 5353, protocol: udp, action: drop}
              - name: tercero
                addresses: [172.25.4.3]
              - name: bd
                addresses: [10.0.9.5]
            """);

    private final List<Event> events = new ArrayList<>();
    private final KernelDifferentialTest.RecordingConsole console = new KernelDifferentialTest.RecordingConsole();
    private Sandbox sandbox = sandbox(KernelLimits.sandbox(), LAB);

    // Timeouts and link delays end when nothing else can happen first: at once, and in the same order on any machine.
    private Sandbox sandbox(KernelLimits limits, Topology topology) {
        return new Sandbox(console, events::add, Limits.sandbox(), limits, topology, ManualClock.advancingWhenIdle());
    }

    @AfterEach
    void dispose() {
        sandbox.dispose();
    }

    private Process start(String host, String source) {
        return sandbox.start(host + ".py", source, new String[0], sandbox.network().host(host));
    }

    // Runs the programs (one per host) to their end; returns everything they printed, in pid order.
    private String runAll(Process... processes) {
        sandbox.runToCompletion(processes[0]);
        return console.stdout.toString();
    }

    @Test
    void eachHostAsksItsOwnEtcHostsBeforeTheTopologysDnsAndTheTraceSaysWhichAnswered() {
        sandbox.dispose();
        sandbox = sandbox(KernelLimits.sandbox(), Topology.parse("""
                networks: [{name: lan, cidr: 172.25.4.0/24}]
                hosts:
                  - {name: cliente, addresses: [172.25.4.2], etcHosts: ['172.25.4.4 www.ceu.es']}
                  - {name: servidor, addresses: [172.25.4.4]}
                dns:
                  - {name: www.ceu.es, address: 193.147.10.80}
                """));
        Process client = start("cliente", """
                import socket
                print(socket.gethostbyname('www.ceu.es'), socket.gethostname(), socket.getfqdn())
                try:
                    socket.gethostbyaddr('193.147.10.99')
                except socket.herror as e:
                    print(e)
                """);
        Process server = start("servidor", """
                import socket
                print(socket.gethostbyname('www.ceu.es'))
                """);

        String out = runAll(client, server);

        assertThat(out).contains("172.25.4.4 cliente cliente.lab\n", "[Errno 1] Unknown host\n", "193.147.10.80\n");
        assertThat(events).filteredOn(org.enchufe.events.SyscallEvent.class::isInstance)
                .map(e -> ((org.enchufe.events.SyscallEvent) e).strace())
                .contains("gethostbyname(\"www.ceu.es\") = \"172.25.4.4\" <files>",
                        "uname({sysname=\"Linux\", nodename=\"cliente\", ...}) = 0",
                        "gethostbyaddr(\"cliente\") = \"cliente.lab\" <files>",
                        "gethostbyaddr(\"193.147.10.99\") = -1 HOST_NOT_FOUND (Unknown host) <files dns>",
                        "gethostbyname(\"www.ceu.es\") = \"193.147.10.80\" <dns>");
    }

    @Test
    void aClientOnOneHostReachesAServerOnAnotherByNameAndEachSeesTheOthersAddress() {
        Process server = start("servidor", """
                import socket
                s = socket.socket()
                s.bind(('', 5000))
                s.listen()
                conn, addr = s.accept()
                print('servidor', socket.gethostname(), addr[0], conn.getsockname())
                conn.sendall(conn.recv(100).upper())
                conn.close()
                """);
        Process client = start("cliente", """
                import socket
                c = socket.create_connection(('servidor.lab', 5000))
                print('cliente', socket.gethostname(), c.getsockname()[0], c.getpeername())
                c.sendall(b'hola')
                print(c.recv(100))
                """);

        String out = runAll(client, server);

        assertThat(out).contains("servidor servidor 172.25.4.2 ('172.25.4.4', 5000)")
                .contains("cliente cliente 172.25.4.2 ('172.25.4.4', 5000)")
                .contains("b'HOLA'");
        assertThat(sandbox.snapshot().processes()).extracting(SandboxSnapshot.ProcessView::host)
                .containsExactly("servidor", "cliente");
    }

    @Test
    void eachHostHasALoopbackAndOneEthernetInterfacePerAddressAndMayNotRenameItself() {
        Process server = start("servidor", """
                import socket
                print(socket.if_nameindex(), socket.if_nametoindex('eth1'), socket.if_indextoname(2))
                try:
                    socket.if_indextoname(4)
                except OSError as e:
                    print(e)
                try:
                    socket.sethostname('otro')
                except PermissionError as e:
                    print(e, socket.gethostname())
                """);

        String out = runAll(server);

        assertThat(out).isEqualTo("""
                [(1, 'lo'), (2, 'eth0'), (3, 'eth1')] 3 eth0
                [Errno 6] No such device or address
                [Errno 1] Operation not permitted servidor
                """);
    }

    @Test
    void eachHostHasItsOwnPortsAndLoopbackAndMayBindOnlyItsOwnAddresses() {
        Process server = start("servidor", """
                import socket
                s = socket.socket()
                s.bind(('127.0.0.1', 5000))
                s.listen()
                print('servidor escucha en su propio 127.0.0.1:5000')
                """);
        Process client = start("cliente", """
                import socket
                mine = socket.socket()
                mine.bind(('0.0.0.0', 5000))
                print('cliente también puede usar el 5000')
                try:
                    socket.create_connection(('127.0.0.1', 5000))
                except OSError as e:
                    print('loopback:', e)
                try:
                    socket.socket().bind(('172.25.4.4', 6000))
                except OSError as e:
                    print('ajena:', e)
                socket.socket().bind(('172.25.4.2', 6000))
                print('propia: bien')
                """);

        String out = runAll(server, client);

        assertThat(out).contains("servidor escucha", "cliente también puede usar el 5000",
                "loopback: [Errno 111] Connection refused", "ajena: [Errno 99] Cannot assign requested address",
                "propia: bien");
    }

    @Test
    void aFirewallThatRejectsRefusesAndOneThatDropsLeavesTheConnectWaitingUntilItTimesOut() {
        Process client = start("cliente", """
                import socket, time, errno
                for port in (23, 22):
                    c = socket.socket()
                    t0 = time.monotonic()
                    try:
                        c.connect(('172.25.4.4', port))
                    except OSError as e:
                        print(port, type(e).__name__, errno.errorcode[e.errno], round(time.monotonic() - t0, 1))
                c = socket.socket()
                c.settimeout(0.1)
                try:
                    c.connect(('172.25.4.4', 22))
                except OSError as e:
                    print('con timeout:', type(e).__name__, e)
                c = socket.socket()
                c.setblocking(False)
                print('no bloqueante:', errno.errorcode[c.connect_ex(('172.25.4.4', 22))], c.getsockname()[0])
                """);

        String out = runAll(client);

        assertThat(out).contains("23 ConnectionRefusedError ECONNREFUSED 0.0", "22 TimeoutError ETIMEDOUT 0.3",
                "con timeout: TimeoutError timed out", "no bloqueante: EINPROGRESS 172.25.4.2");
        SyscallEvent timedOut = events.stream().filter(SyscallEvent.class::isInstance).map(SyscallEvent.class::cast)
                .filter(e -> e.errno() != null && "ETIMEDOUT".equals(e.errno().name())).findFirst().orElseThrow();
        assertThat(timedOut.decidedBy()).isEqualTo(DecidedBy.SANDBOX);
        assertThat(timedOut.strace()).startsWith("connect(4, {sa_family=AF_INET, sin_port=htons(22), "
                + "sin_addr=inet_addr(\"172.25.4.4\")}, 16) = -1 ETIMEDOUT (Connection timed out)");
    }

    @Test
    void selectOnAConnectNobodyAnswersWakesWhenItTimesOut() {
        Process client = start("cliente", """
                import errno, select, socket
                c = socket.socket()
                c.setblocking(False)
                print(errno.errorcode[c.connect_ex(('172.25.4.4', 22))])
                r, w, x = select.select([], [c], [])
                print(w == [c], errno.errorcode[c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)])
                d = socket.socket()
                d.setblocking(False)
                d.connect_ex(('172.25.4.4', 22))
                p = select.poll()
                p.register(d, select.POLLOUT)
                print(len(p.poll()), errno.errorcode[d.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)])
                """);

        assertThat(runAll(client)).isEqualTo("EINPROGRESS\nTrue ETIMEDOUT\n1 ETIMEDOUT\n");
    }

    @Test
    void createConnectionClosesItsSocketWhenItsTimeoutEndsAConnectNobodyAnswers() {
        Process client = start("cliente", """
                import socket
                try:
                    socket.create_connection(('172.25.4.4', 22), timeout=0.05)
                except TimeoutError as e:
                    print('timeout:', e)
                print('siguiente fd:', socket.socket().fileno())
                """);

        assertThat(runAll(client)).isEqualTo("timeout: timed out\nsiguiente fd: 3\n");
    }

    @Test
    void theFirewallGuardsOnlyTrafficFromOtherHosts() {
        Process server = start("servidor", """
                import socket
                s = socket.socket()
                s.bind(('', 23000))
                s.listen()
                c = socket.create_connection(('172.25.4.4', 23000))
                print('desde sí mismo:', c.getpeername())
                """);
        assertThat(runAll(server)).contains("desde sí mismo: ('172.25.4.4', 23000)");
    }

    @Test
    void aNetworkWithoutARouteIsUnreachableAndAnAddressNobodyHasIsAnUnreachableHost() {
        Process client = start("cliente", """
                import socket, errno
                for host in ('10.0.9.5', '8.8.8.8', '172.25.4.99', '192.168.1.1'):
                    print(host, errno.errorcode[socket.socket().connect_ex((host, 80))])
                u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                try:
                    u.sendto(b'x', ('8.8.8.8', 53))
                except OSError as e:
                    print('udp:', e)
                """);
        Process server = start("servidor", """
                import socket, errno
                print('servidor -> bd', errno.errorcode.get(socket.socket().connect_ex(('10.0.9.5', 80)), 0))
                """);

        String out = runAll(client, server);

        assertThat(out).contains("10.0.9.5 ENETUNREACH", "8.8.8.8 ENETUNREACH", "172.25.4.99 EHOSTUNREACH",
                "192.168.1.1 ENETUNREACH", "udp: [Errno 101] Network is unreachable", "servidor -> bd ECONNREFUSED");
    }

    @Test
    void everyHostHasItsOwnTmpForUnixSockets() {
        Process owner = start("cliente", """
                import socket, os
                s = socket.socket(socket.AF_UNIX)
                s.bind('/tmp/solo-mio.sock')
                s.listen()
                print('cliente ve su fichero:', os.path.exists('/tmp/solo-mio.sock'))
                """);
        Process stranger = start("servidor", """
                import socket, os
                print('servidor lo ve:', os.path.exists('/tmp/solo-mio.sock'))
                try:
                    socket.socket(socket.AF_UNIX).connect('/tmp/solo-mio.sock')
                except OSError as e:
                    print('servidor:', type(e).__name__)
                """);

        assertThat(runAll(owner, stranger)).contains("cliente ve su fichero: True", "servidor lo ve: False",
                "servidor: FileNotFoundError");
    }

    @Test
    void theResolverOfEveryHostKnowsTheTopologysNames() {
        Process p = start("tercero", """
                import socket
                print(socket.gethostname(), socket.getfqdn())
                print(socket.gethostbyname('www'), socket.gethostbyname('bd.lab'))
                print(socket.gethostbyaddr('172.25.4.4'))
                print(socket.getaddrinfo('servidor', 80, socket.AF_INET, socket.SOCK_STREAM)[0][4])
                """);
        assertThat(runAll(p)).isEqualTo("""
                tercero tercero.lab
                172.25.4.4 10.0.9.5
                ('servidor.lab', ['servidor', 'www.lab', 'www'], ['172.25.4.4'])
                ('172.25.4.4', 80)
                """);
    }

    @Test
    void aBroadcastReachesEveryHostOnTheSubnetAndNeedsSoBroadcast() {
        String receiver = """
                import socket
                r = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                r.bind(('', 9999))
                r.settimeout(2)
                data, addr = r.recvfrom(100)
                print(socket.gethostname(), 'oyó', data, 'de', addr[0])
                """;
        Process a = start("servidor", receiver);
        Process b = start("tercero", receiver);
        Process sender = start("cliente", """
                import socket, time
                time.sleep(0.05)
                s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                try:
                    s.sendto(b'hola', ('172.25.4.255', 9999))
                except OSError as e:
                    print('sin SO_BROADCAST:', e)
                s.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
                s.sendto(b'hola a todos', ('172.25.4.255', 9999))
                """);

        String out = runAll(sender, a, b);

        assertThat(out).contains("sin SO_BROADCAST: [Errno 13] Permission denied",
                "servidor oyó b'hola a todos' de 172.25.4.2", "tercero oyó b'hola a todos' de 172.25.4.2");
    }

    /**
     * Linux picks a datagram's source from the route to its destination: from a socket bound to
     * the wildcard, a datagram to one of its own host's addresses (or that network's broadcast)
     * leaves from that address, not from 127.0.0.1 — only one sent to loopback is from 127.0.0.1
     * (ip_route_output: the local route's preferred source is the address itself).
     */
    @Test
    void aDatagramToTheHostsOwnAddressIsFromThatAddressNotLoopback() {
        Process receiver = start("servidor", """
                import socket
                r = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                r.bind(('', 9999))
                for _ in range(3):
                    data, addr = r.recvfrom(100)
                    print(data, 'de', addr[0])
                """);
        Process sender = start("servidor", """
                import socket, time
                time.sleep(0.05)
                s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                s.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
                s.sendto(b'propia', ('172.25.4.4', 9999))
                s.sendto(b'difusion', ('172.25.4.255', 9999))
                s.sendto(b'loopback', ('127.0.0.1', 9999))
                """);

        String out = runAll(sender, receiver);

        assertThat(out).contains("b'propia' de 172.25.4.4", "b'difusion' de 172.25.4.4", "b'loopback' de 127.0.0.1");
    }

    /**
     * Linux routes 255.255.255.255 by the default route, which a topology's hosts lack (what lies
     * outside their networks is ENETUNREACH): from a socket bound to the wildcard it is ENETUNREACH,
     * found before SO_BROADCAST is looked at (udp_sendmsg routes first). A socket bound to one of
     * the host's addresses sends it out that address's network (ip_route_output picks the
     * interface by the source for a limited broadcast), heard by the hosts there and itself.
     */
    @Test
    void theLimitedBroadcastNeedsASourceAddressOnAHostWithoutADefaultRoute() {
        String receiver = """
                import socket
                r = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                r.bind(('', 9999))
                r.settimeout(2)
                try:
                    data, addr = r.recvfrom(100)
                    print(socket.gethostname(), 'oyó', data, 'de', addr[0])
                except TimeoutError:
                    print(socket.gethostname(), 'no oyó nada')
                """;
        Process a = start("cliente", receiver);
        Process b = start("bd", receiver);
        Process sender = start("servidor", """
                import socket, time
                time.sleep(0.05)
                s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                for opcion in (0, 1):
                    s.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, opcion)
                    try:
                        s.sendto(b'hola', ('255.255.255.255', 9999))
                    except OSError as e:
                        print('desde 0.0.0.0:', e)
                t = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                t.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
                t.bind(('172.25.4.4', 0))
                t.sendto(b'por la lan', ('255.255.255.255', 9999))
                """);

        String out = runAll(sender, a, b);

        assertThat(out).contains("desde 0.0.0.0: [Errno 101] Network is unreachable\ndesde 0.0.0.0: [Errno 101] Network is unreachable",
                "cliente oyó b'por la lan' de 172.25.4.4", "bd no oyó nada");
    }

    @Test
    void aDroppedDatagramNeverArrivesAndTheBuiltInServicesRunOnEveryHost() {
        start("servidor", """
                import socket
                r = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                r.bind(('', 5353))
                r.settimeout(0.3)
                try:
                    print(r.recvfrom(100))
                except TimeoutError:
                    print('nada llegó al 5353')
                """);
        Process client = start("cliente", """
                import socket
                u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                u.sendto(b'consulta', ('172.25.4.4', 5353))
                e = socket.create_connection(('www.lab', 7))
                e.sendall(b'eco')
                print('eco:', e.recv(10), e.getpeername())
                """);

        String out = runAll(client);

        assertThat(out).contains("nada llegó al 5353", "eco: b'eco' ('172.25.4.4', 7)");
        assertThat(events).anyMatch(e -> e instanceof org.enchufe.events.LinkEvent l
                && l.fate() == org.enchufe.events.LinkEvent.Fate.FILTERED && l.to().equals("172.25.4.4:5353") && l.bytes() == 8);
    }

    @Test
    void aLossyLinkLosesDuplicatesAndReordersDatagramsButNeverWithinAHost() {
        sandbox.dispose();
        sandbox = sandbox(KernelLimits.sandbox(), Topology.parse("""
                name: radio
                seed: 42
                networks:
                  - {name: radio, cidr: 192.168.50.0/24, loss: 0.2, duplicate: 0.1, reorder: 0.2, delay: 5ms}
                hosts:
                  - {name: emisor, addresses: [192.168.50.10]}
                  - {name: receptor, addresses: [192.168.50.20]}
                """));
        Process receiver = start("receptor", """
                import socket
                r = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                r.bind(('', 7000))
                r.settimeout(0.5)
                got = []
                try:
                    while True:
                        got.append(int(r.recv(10)))
                except TimeoutError:
                    pass
                print('recibidos', len(got), 'distintos', len(set(got)),
                      'en orden', got == sorted(got), 'duplicados', len(got) - len(set(got)))
                """);
        Process sender = start("emisor", """
                import socket, time
                time.sleep(0.05)
                s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                for n in range(200):
                    s.sendto(str(n).encode(), ('192.168.50.20', 7000))
                """);

        String out = runAll(sender, receiver);

        Matcher m = Pattern.compile("recibidos (\\d+) distintos (\\d+) en orden (\\w+) duplicados (\\d+)").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        int distinct = Integer.parseInt(m.group(2));
        assertThat(distinct).isBetween(120, 190);
        assertThat(m.group(3)).isEqualTo("False");
        assertThat(Integer.parseInt(m.group(4))).isPositive();
        java.util.Map<org.enchufe.events.LinkEvent.Fate, Long> fates = events.stream()
                .filter(org.enchufe.events.LinkEvent.class::isInstance).map(org.enchufe.events.LinkEvent.class::cast)
                .collect(java.util.stream.Collectors.groupingBy(org.enchufe.events.LinkEvent::fate, java.util.stream.Collectors.counting()));
        assertThat(fates.get(org.enchufe.events.LinkEvent.Fate.LOST)).as("each loss is told").isEqualTo(200L - distinct);
        assertThat(fates).containsKeys(org.enchufe.events.LinkEvent.Fate.DUPLICATED, org.enchufe.events.LinkEvent.Fate.REORDERED);
    }

    private static final String SLOW_LINK = """
            name: lento
            networks:
              - {name: satelite, cidr: 192.168.60.0/24, delay: 300ms}
            hosts:
              - {name: tierra, addresses: [192.168.60.1]}
              - {name: luna, addresses: [192.168.60.2]}
            """;

    @Test
    void datagramsOnASlowLinkShowInTheSnapshotUntilTheyArrive() {
        sandbox.dispose();
        sandbox = sandbox(KernelLimits.sandbox(), Topology.parse(SLOW_LINK));
        Process receiver = start("luna", """
                import socket
                r = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                r.bind(('', 7000))
                r.settimeout(2)
                print([r.recvfrom(10) for _ in range(3)])
                """);
        Process sender = start("tierra", """
                import socket
                s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                for n in range(3):
                    s.sendto(b'dato%d' % n, ('192.168.60.2', 7000))
                """);
        List<SandboxSnapshot.DatagramView> inFlight = List.of();
        for (int i = 0; i < 1000 && inFlight.size() < 3; i++) {
            sandbox.runOnce();
            inFlight = sandbox.snapshot().network().inFlight();
        }

        assertThat(inFlight).containsOnly(new SandboxSnapshot.DatagramView(sender.pid(), 3, receiver.pid(), 3, 5));
        assertThat(inFlight).hasSize(3);
        assertThat(runAll(receiver)).contains("[(b'dato0', ('192.168.60.1', ");
        assertThat(console.stdout.toString()).contains("(b'dato2', ('192.168.60.1', ");
        assertThat(sandbox.snapshot().network().inFlight()).isEmpty();
    }

    @Test
    void aSlowLinkHoldsNoMoreThanTheSandboxsLimitAndDropsTheRest() {
        sandbox.dispose();
        sandbox = sandbox(new KernelLimits(32, 64, 100, 0), Topology.parse(SLOW_LINK));
        Process receiver = start("luna", """
                import socket
                r = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                r.bind(('', 7000))
                r.settimeout(1)
                got = []
                try:
                    while True:
                        got.append(r.recv(100))
                except TimeoutError:
                    print('llegaron', len(got))
                """);
        start("tierra", """
                import socket
                s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                for n in range(5):
                    s.sendto(b'x' * 40, ('192.168.60.2', 7000))
                """);

        assertThat(runAll(receiver)).contains("llegaron 2");
    }
}
