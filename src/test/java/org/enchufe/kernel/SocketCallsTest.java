package org.enchufe.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;

import org.enchufe.events.DecidedBy;
import org.enchufe.events.Event;
import org.enchufe.events.SocketEvent;
import org.enchufe.events.SocketState;
import org.enchufe.events.SyscallEvent;
import org.enchufe.lang.vm.Limits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Socket calls run in a sandbox: the events they make, and what they can and cannot reach. */
class SocketCallsTest {

    private final List<Event> events = new ArrayList<>();
    private final KernelDifferentialTest.RecordingConsole console = new KernelDifferentialTest.RecordingConsole();
    // Timeouts end when the sandbox has nothing else to wait for: at once, and always in the same order.
    private final Sandbox sandbox = new Sandbox(console, events::add, Limits.sandbox(), KernelLimits.sandbox(),
            org.enchufe.kernel.net.Topology.DEFAULT, ManualClock.advancingWhenIdle());

    @AfterEach
    void dispose() {
        sandbox.dispose();
    }

    private int run(Sandbox box, String source) {
        return box.runToCompletion(box.start("t.py", source, new String[0]));
    }

    private List<String> straceLines() {
        return events.stream().filter(SyscallEvent.class::isInstance).map(e -> ((SyscallEvent) e).strace()).toList();
    }

    @Test
    void aTimeoutThatRunsOutIsTracedAsThePollCPythonWaitedIn() {
        int exit = run(sandbox, """
                import socket
                s = socket.socket()
                s.bind(('127.0.0.1', 5000))
                s.listen()
                c = socket.socket()
                c.connect(('127.0.0.1', 5000))
                conn, addr = s.accept()
                c.settimeout(0.25)
                try:
                    c.recv(10)
                except TimeoutError as e:
                    print(e)
                conn.sendall(b'x')
                print(c.recv(10))
                """);

        assertThat(exit).isZero();
        assertThat(console.stdout.toString()).isEqualTo("timed out\nb'x'\n");
        // The recv that timed out never ran; the one that found a byte did, with no poll shown.
        assertThat(straceLines()).containsSubsequence(
                "poll([{fd=4, events=POLLIN}], 1, 250) = 0 (Timeout)",
                "recvfrom(4, \"x\", 10, 0, NULL, NULL) = 1");
        assertThat(straceLines()).filteredOn(line -> line.startsWith("poll(")).hasSize(1);
    }

    @Test
    void getsocknameAndGetpeernameSayInTheirEventsTheAddressTheyAnswered() {
        int exit = run(sandbox, """
                import socket
                s = socket.socket()
                s.bind(('127.0.0.1', 5000))
                s.listen()
                c = socket.socket()
                c.connect(('127.0.0.1', 5000))
                conn, addr = s.accept()
                print(c.getsockname() == conn.getpeername())
                """);

        assertThat(exit).isZero();
        assertThat(console.stdout.toString()).isEqualTo("True\n");
        List<SyscallEvent> names = events.stream().filter(SyscallEvent.class::isInstance).map(SyscallEvent.class::cast)
                .filter(e -> e.name().equals("getsockname") || e.name().equals("getpeername")).toList();
        assertThat(names).hasSize(2);
        // The client's ephemeral port, as the client and the server each asked for it.
        assertThat(names.get(0).args().get("addr")).isEqualTo(names.get(1).args().get("addr"))
                .isInstanceOfSatisfying(org.enchufe.events.Sockaddr.Inet.class, a -> assertThat(a.port()).isBetween(32768, 60999));
    }

    @Test
    void anEchoExchangeIsTracedAsStraceWouldPrintIt() {
        int exit = run(sandbox, """
                import os, socket
                s = socket.socket()
                s.bind(('127.0.0.1', 5000))
                s.listen()
                if os.fork() == 0:
                    c = socket.socket()
                    c.connect(('127.0.0.1', 5000))
                    c.sendall(b'hola')
                    print(c.recv(10))
                    c.close()
                    os._exit(0)
                conn, addr = s.accept()
                conn.send(conn.recv(1024).upper())
                conn.close()
                os.wait()
                """);

        assertThat(exit).isZero();
        assertThat(console.stdout.toString()).isEqualTo("b'HOLA'\n");
        assertThat(straceLines()).containsSubsequence(
                "socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_IP) = 3",
                "bind(3, {sa_family=AF_INET, sin_port=htons(5000), sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0",
                "listen(3, 128) = 0",
                "socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_IP) = 4",
                "connect(4, {sa_family=AF_INET, sin_port=htons(5000), sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0",
                "sendto(4, \"hola\", 4, 0, NULL, 0) = 4",
                "recvfrom(4, \"hola\", 1024, 0, NULL, NULL) = 4",
                "sendto(4, \"HOLA\", 4, 0, NULL, 0) = 4",
                "close(4) = 0");
        assertThat(straceLines()).anyMatch(line -> line.matches(
                "accept4\\(3, \\{sa_family=AF_INET, sin_port=htons\\(3\\d{4}\\), sin_addr=inet_addr\\(\"127.0.0.1\"\\)}, \\[16], SOCK_CLOEXEC\\) = 4"));
    }

    @Test
    void eachSyscallEventNamesItsSourceLine() {
        run(sandbox, "import socket\n\ns = socket.socket()\ns.close()\n");
        List<SyscallEvent> calls = events.stream().filter(SyscallEvent.class::isInstance).map(SyscallEvent.class::cast).toList();
        assertThat(calls).extracting(SyscallEvent::name).containsExactly("socket", "close");
        assertThat(calls).extracting(SyscallEvent::line).containsExactly(3, 4);
    }

    @Test
    void socketStatesFollowTheServersLife() {
        run(sandbox, "import socket\ns = socket.socket()\ns.bind(('', 6000))\ns.listen(1)\ns.close()\n");
        assertThat(events.stream().filter(SocketEvent.class::isInstance).map(e -> ((SocketEvent) e).state()))
                .containsExactly(SocketState.CREATED, SocketState.BOUND, SocketState.LISTEN, SocketState.CLOSED);
    }

    @Test
    void everySocketEventNamesTheSocketsFamilyClosingIncluded() {
        run(sandbox, "import socket\nsocket.socket(socket.AF_INET6).close()\nsocket.socket(socket.AF_UNIX).close()\n");
        assertThat(events.stream().filter(SocketEvent.class::isInstance).map(e -> ((SocketEvent) e).family() + " "
                + ((SocketEvent) e).state())).containsExactly("AF_INET6 CREATED", "AF_INET6 CLOSED", "AF_UNIX CREATED",
                "AF_UNIX CLOSED");
    }

    @Test
    void privilegedPortsAreRefusedByTheSandboxAsForAnyUser() {
        run(sandbox, """
                import socket
                try:
                    socket.socket().bind(('', 80))
                except PermissionError as e:
                    print(e)
                """);
        assertThat(console.stdout.toString()).isEqualTo("[Errno 13] Permission denied\n");
        SyscallEvent bind = lastCall("bind");
        assertThat(bind.errno().name()).isEqualTo("EACCES");
        assertThat(bind.decidedBy()).isEqualTo(DecidedBy.SANDBOX);
        assertThat(bind.strace()).endsWith(" = -1 EACCES (Permission denied)");
    }

    @Test
    void aRealServerOnTheMachineIsOutOfReach() throws IOException {
        try (ServerSocketChannel outside = ServerSocketChannel.open()) {
            outside.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = ((InetSocketAddress) outside.getLocalAddress()).getPort();
            run(sandbox, "import socket\nprint(socket.socket().connect_ex(('127.0.0.1', " + port + ")))\n");
            assertThat(console.stdout.toString()).isEqualTo("111\n");
            assertThat(lastCall("connect").decidedBy()).isEqualTo(DecidedBy.SANDBOX);
        }
    }

    @Test
    void twoSandboxesBindTheSamePortAndEachReachesOnlyItsOwn() {
        Sandbox other = new Sandbox(new KernelDifferentialTest.RecordingConsole(), e -> { }, Limits.sandbox());
        try {
            Process holder = other.start("a.py", """
                    import socket, time
                    s = socket.socket()
                    s.bind(('127.0.0.1', 5000))
                    s.listen()
                    time.sleep(30)
                    """, new String[0]);
            while (!holder.descriptors().view().containsKey(3)
                    || ((SocketObject) holder.descriptors().get(3)).state() != SocketState.LISTEN) {
                other.runOnce();
            }
            run(sandbox, """
                    import socket
                    c = socket.socket()
                    print(c.connect_ex(('127.0.0.1', 5000)))
                    s = socket.socket()
                    s.bind(('127.0.0.1', 5000))
                    print('bound')
                    """);
            assertThat(console.stdout.toString()).isEqualTo("111\nbound\n");
        } finally {
            other.dispose();
        }
    }

    @Test
    void disposingTheSandboxClosesItsRealSockets() throws IOException {
        Process p = sandbox.start("s.py", """
                import socket, time
                s = socket.socket()
                s.bind(('127.0.0.1', 5000))
                s.listen()
                time.sleep(30)
                """, new String[0]);
        while (!(p.descriptors().get(3) instanceof StreamSocket s) || s.state() != SocketState.LISTEN) {
            sandbox.runOnce();
        }
        StreamSocket listener = (StreamSocket) p.descriptors().get(3);
        int realPort = listener.listenQueue().realPort();
        try (SocketChannel probe = SocketChannel.open(new InetSocketAddress("127.0.0.1", realPort))) {
            assertThat(probe.isConnected()).isTrue();
        }

        sandbox.dispose();

        assertThatThrownBy(() -> SocketChannel.open(new InetSocketAddress("127.0.0.1", realPort)).close())
                .isInstanceOf(java.net.ConnectException.class);
    }

    @Test
    void datagramsKeepTheirBoundariesAndNameTheirSender() {
        run(sandbox, """
                import socket
                a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                a.bind(('127.0.0.1', 7000))
                b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                b.bind(('127.0.0.1', 7001))
                b.sendto(b'uno', ('127.0.0.1', 7000))
                b.sendto(b'dos', ('127.0.0.1', 7000))
                print(a.recvfrom(100), a.recvfrom(100))
                """);
        assertThat(console.stdout.toString()).isEqualTo("(b'uno', ('127.0.0.1', 7001)) (b'dos', ('127.0.0.1', 7001))\n");
        assertThat(straceLines()).contains(
                "sendto(4, \"uno\", 3, 0, {sa_family=AF_INET, sin_port=htons(7000), sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 3",
                "recvfrom(3, \"uno\", 100, 0, {sa_family=AF_INET, sin_port=htons(7001), sin_addr=inet_addr(\"127.0.0.1\")}, [16]) = 3");
    }

    @Test
    void aDatagramFromOutsideTheSandboxIsNeverDelivered() throws IOException {
        Process p = sandbox.start("u.py", """
                import socket
                a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                a.bind(('127.0.0.1', 7000))
                a.settimeout(0.3)
                try:
                    print(a.recv(100))
                except socket.timeout:
                    print('nothing')
                """, new String[0]);
        while (!(p.descriptors().get(3) instanceof DatagramSocket d) || d.channel == null) {
            sandbox.runOnce();
        }
        int realPort = ((InetSocketAddress) ((DatagramSocket) p.descriptors().get(3)).channel.getLocalAddress()).getPort();
        try (java.nio.channels.DatagramChannel outside = java.nio.channels.DatagramChannel.open()) {
            outside.send(java.nio.ByteBuffer.wrap("intruder".getBytes()), new InetSocketAddress("127.0.0.1", realPort));
        }
        sandbox.runToCompletion(p);
        assertThat(console.stdout.toString()).isEqualTo("nothing\n");
    }

    @Test
    void errnoNamesAreStracesEvenWherePythonUsesAnAlias() {
        run(sandbox, """
                import socket
                try:
                    socket.socket(socket.AF_INET, socket.SOCK_DGRAM).listen()
                except OSError as e:
                    print(e.errno)
                """);
        assertThat(console.stdout.toString()).isEqualTo("95\n");
        assertThat(lastCall("listen").strace()).isEqualTo("listen(3, 128) = -1 EOPNOTSUPP (Operation not supported)");
    }

    @Test
    void selectIsTracedAsGlibcsPselect6() {
        run(sandbox, """
                import select, socket
                s = socket.socket()
                s.bind(('127.0.0.1', 7100))
                s.listen()
                c = socket.create_connection(('127.0.0.1', 7100))
                select.select([s], [], [], 0.5)
                select.select([], [], [], 0.01)
                """);
        List<String> selects = straceLines().stream().filter(l -> l.startsWith("pselect6")).toList();
        assertThat(selects.get(0)).matches(
                "pselect6\\(4, \\[3], NULL, NULL, \\{tv_sec=0, tv_nsec=500000000}, NULL\\) = 1 \\(in \\[3], left \\{tv_sec=0, tv_nsec=\\d+}\\)");
        assertThat(selects.get(1)).isEqualTo("pselect6(0, NULL, NULL, NULL, {tv_sec=0, tv_nsec=10000000}, NULL) = 0 (Timeout)");
    }

    @Test
    @org.junit.jupiter.api.Timeout(10)
    void aProcessBlockedInSelectHoldsNoThreadAndWakesWhenDataArrives() {
        Process server = sandbox.start("s.py", """
                import select, socket
                s = socket.socket()
                s.bind(('127.0.0.1', 7200))
                s.listen()
                conn, _ = s.accept()
                select.select([conn], [], [])
                print(conn.recv(10))
                """, new String[0]);
        // The client sends only when told to, by a connection to its port 7201: no wait on the clock.
        Process client = sandbox.start("c.py", """
                import socket
                c = socket.create_connection(('127.0.0.1', 7200))
                go = socket.create_server(('127.0.0.1', 7201))
                go.accept()
                c.send(b'tarde')
                """, new String[0]);
        runUntil(() -> blockedIn(server, "select") && blockedIn(client, "accept"));
        assertThat(server.state()).isEqualTo(ProcessState.BLOCKED);
        assertThat(server.thread().suspension()).isInstanceOf(KernelCall.Io.class);

        sandbox.start("go.py", "import socket\nsocket.create_connection(('127.0.0.1', 7201))\n", new String[0]);
        sandbox.runToCompletion(server);
        assertThat(console.stdout.toString()).isEqualTo("b'tarde'\n");
    }

    private static boolean blockedIn(Process p, String call) {
        return p.state() == ProcessState.BLOCKED && p.thread().suspension() instanceof KernelCall.Io io && io.call().equals(call);
    }

    /**
     * Runs the sandbox a step at a time until {@code condition} holds. Real loopback connections
     * have no event the test could wait on here, so this polls; the test's timeout guards against a hang.
     */
    private void runUntil(java.util.function.BooleanSupplier condition) {
        while (!condition.getAsBoolean()) {
            sandbox.runOnce();
        }
    }

    @Test
    void aSocketpairIsARealUnixConnectionWhosePrivateDirectoryGoesWithTheSandbox() throws IOException {
        run(sandbox, "import socket\na, b = socket.socketpair()\na.send(b'x')\nprint(b.recv(1))\n");
        assertThat(console.stdout.toString()).isEqualTo("b'x'\n");
        assertThat(straceLines()).contains("socketpair(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0, [3, 4]) = 0");
        java.nio.file.Path root = sandbox.files().root();
        try (var left = java.nio.file.Files.list(root)) {
            assertThat(left.map(f -> f.getFileName().toString())).as("the path that joined the pair is gone at once")
                    .containsExactly("tmp");
        }

        sandbox.dispose();

        assertThat(root).doesNotExist();
    }

    @Test
    void unixSocketPathsLiveInEachSandboxsOwnTree() throws IOException {
        Sandbox other = new Sandbox(new KernelDifferentialTest.RecordingConsole(), e -> { }, Limits.sandbox());
        try {
            String program = "import socket\ns = socket.socket(socket.AF_UNIX)\ns.bind('/tmp/srv.sock')\nprint('ligado')\n";
            run(other, program);
            run(sandbox, program);
            assertThat(console.stdout.toString()).isEqualTo("ligado\n");
            assertThat(sandbox.files().resolve("/tmp/srv.sock")).exists().startsWith(sandbox.files().root());
            assertThat(java.nio.file.Path.of("/tmp/srv.sock")).as("nothing on the machine's /tmp").doesNotExist();
        } finally {
            other.dispose();
        }
    }

    @Test
    void dotDotCannotClimbOutOfTheSandboxsTree() throws IOException {
        java.nio.file.Path root = sandbox.files().root();
        assertThat(sandbox.files().resolve("../../../etc/passwd")).isEqualTo(root.resolve("etc/passwd"));
        assertThat(sandbox.files().resolve("/tmp/../../x")).isEqualTo(root.resolve("x"));
        run(sandbox, "import os\ntry:\n    os.unlink('../../../../etc/passwd')\nexcept FileNotFoundError as e:\n    print(e.errno)\n");
        assertThat(console.stdout.toString()).isEqualTo("2\n");
        assertThat(java.nio.file.Path.of("/etc/passwd")).exists();
    }

    @Test
    void pipesAreTracedAsPipe2ReadAndWrite() {
        run(sandbox, "import os\nr, w = os.pipe()\nos.write(w, b'hola')\nprint(os.read(r, 10))\n");
        assertThat(console.stdout.toString()).isEqualTo("b'hola'\n");
        assertThat(straceLines()).containsExactly("pipe2([3, 4], O_CLOEXEC) = 0", "write(4, \"hola\", 4) = 4",
                "read(3, \"hola\", 10) = 4");
    }

    private SyscallEvent lastCall(String name) {
        return events.stream().filter(SyscallEvent.class::isInstance).map(SyscallEvent.class::cast)
                .filter(e -> e.name().equals(name)).reduce((a, b) -> b).orElseThrow();
    }
}
