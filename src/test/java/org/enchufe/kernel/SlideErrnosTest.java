package org.enchufe.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.enchufe.events.Event;
import org.enchufe.events.SyscallEvent;
import org.enchufe.kernel.net.Topology;
import org.enchufe.lang.runtime.Errno;
import org.enchufe.lang.vm.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every errno the course's slides list (the table on the deck's last pages, and those the pages of
 * each call name) is reproduced by a program in a sandbox, or Linux cannot produce it and the
 * reason is written down here and in docs/kernel.md.
 */
class SlideErrnosTest {

    /** The slides' errnos, in the deck's order. */
    static final List<String> SLIDES = List.of("EACCES", "EADDRINUSE", "EADDRNOTAVAIL", "EAFNOSUPPORT", "EALREADY", "EBADF",
            "ECONNABORTED", "ECONNREFUSED", "ECONNRESET", "EDESTADDRREQ", "EHOSTDOWN", "EHOSTUNREACH", "EINPROGRESS",
            "EISCONN", "EMSGSIZE", "ENETDOWN", "ENETRESET", "ENETUNREACH", "ENOBUFS", "ENOPROTOOPT", "ENOTCONN", "ENOTSOCK",
            "EOPNOTSUPP", "EPFNOSUPPORT", "EPIPE", "EPROTONOSUPPORT", "EPROTOTYPE", "ESHUTDOWN", "ESOCKTNOSUPPORT", "ESYS",
            "ETIMEDOUT", "EWOULDBLOCK", "EMFILE");

    /** Those Linux never gives a program like the students', and why. */
    static final Map<String, String> LINUX_CANNOT = Map.of(
            "ECONNABORTED", "Linux's accept() drops a connection reset while it waited in the queue and goes on waiting",
            "EHOSTDOWN", "Linux reports a host that does not answer as EHOSTUNREACH",
            "ENETDOWN", "needs a network interface that is down; a sandbox host's interfaces are always up",
            "ENETRESET", "Linux's TCP never returns it to a socket call (failed keepalives give ETIMEDOUT)",
            "ENOBUFS", "the kernel's socket memory running out; a sandbox's own limits (EMFILE, MemoryError) stop a "
                    + "program long before",
            "EPFNOSUPPORT", "Linux answers an unknown family with EAFNOSUPPORT",
            "ESHUTDOWN", "Linux answers a send after shutdown(SHUT_WR) with EPIPE",
            "ESYS", "not an errno of Linux at all (the errno module has no ESYS)");

    private static final String PRELUDE = """
            import errno, os, socket
            def show(f):
                try:
                    f()
                    print("sin error")
                except OSError as e:
                    print("errno:", errno.errorcode[e.errno])
            """;

    /** A program per errno; each prints "errno: NAME" as Python's errno.errorcode names it. */
    static Map<String, String> reproducers() {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("EACCES", "show(lambda: socket.socket().bind(('', 80)))");
        r.put("EADDRINUSE", "a = socket.socket()\na.bind(('', 5000))\nshow(lambda: socket.socket().bind(('', 5000)))");
        r.put("EADDRNOTAVAIL", "show(lambda: socket.socket().bind(('172.25.4.4', 5000)))");
        r.put("EAFNOSUPPORT", "show(lambda: socket.socket(12345))");
        r.put("EALREADY", "c = socket.socket()\nc.setblocking(False)\nc.connect_ex(('172.25.4.4', 22))\n"
                + "show(lambda: c.connect(('172.25.4.4', 22)))");
        r.put("EBADF", "s = socket.socket()\ns.close()\nshow(lambda: s.send(b'x'))");
        r.put("ECONNREFUSED", "show(lambda: socket.create_connection(('127.0.0.1', 5001)))");
        r.put("ECONNRESET", """
                srv = socket.create_server(('127.0.0.1', 5002))
                c = socket.create_connection(('127.0.0.1', 5002))
                conn, _ = srv.accept()
                c.send(b'sin leer')
                import select
                select.select([conn], [], [])  # the bytes are there: closing with them unread sends RST
                conn.close()
                select.select([c], [], [])  # the RST has come
                show(lambda: c.recv(10))""");
        r.put("EDESTADDRREQ", "show(lambda: socket.socket(socket.AF_INET, socket.SOCK_DGRAM).send(b'x'))");
        r.put("EHOSTUNREACH", "show(lambda: socket.create_connection(('172.25.4.99', 80)))");
        r.put("EINPROGRESS", "c = socket.socket()\nc.setblocking(False)\nshow(lambda: c.connect(('172.25.4.4', 22)))");
        r.put("EISCONN", "srv = socket.create_server(('127.0.0.1', 5003))\nc = socket.create_connection(('127.0.0.1', 5003))\n"
                + "show(lambda: c.connect(('127.0.0.1', 5003)))");
        r.put("EMSGSIZE", "show(lambda: socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b'x' * 65508, ('127.0.0.1', 9)))");
        r.put("ENETUNREACH", "show(lambda: socket.create_connection(('8.8.8.8', 53)))");
        r.put("ENOPROTOOPT", "show(lambda: socket.socket().getsockopt(socket.SOL_SOCKET, 9999))");
        r.put("ENOTCONN", "show(lambda: socket.socket().getpeername())");
        r.put("ENOTSOCK", "r, w = os.pipe()\nshow(lambda: socket.socket(fileno=r))");
        r.put("EOPNOTSUPP", "show(lambda: socket.socket(socket.AF_INET, socket.SOCK_DGRAM).listen())");
        r.put("EPIPE", "a, b = socket.socketpair()\na.shutdown(socket.SHUT_WR)\nshow(lambda: a.send(b'x'))");
        r.put("EPROTONOSUPPORT", "show(lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM, 17))");
        r.put("EPROTOTYPE", "d = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)\nd.bind('/tmp/d.sock')\n"
                + "show(lambda: socket.socket(socket.AF_UNIX).connect('/tmp/d.sock'))");
        r.put("ESOCKTNOSUPPORT", "show(lambda: socket.socket(socket.AF_INET, socket.SOCK_SEQPACKET))");
        r.put("ETIMEDOUT", "show(lambda: socket.create_connection(('servidor', 22)))");
        r.put("EWOULDBLOCK", "s = socket.create_server(('127.0.0.1', 5004))\ns.setblocking(False)\nshow(lambda: s.accept())");
        r.put("EMFILE", "keep = []\ndef many():\n    while True:\n        keep.append(socket.socket())\nshow(many)");
        return r;
    }

    /** Linux's aliases: errno.errorcode names their number by the other name. */
    private static String pythonName(String errno) {
        return switch (errno) {
            case "EWOULDBLOCK" -> "EAGAIN";
            case "EOPNOTSUPP" -> "ENOTSUP";
            default -> errno;
        };
    }

    static Stream<Arguments> programs() {
        return reproducers().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    private static final Topology LAB = Topology.parse("""
            connectTimeout: 200ms
            networks: [{name: lan, cidr: 172.25.4.0/24}]
            hosts:
              - {name: cliente, addresses: [172.25.4.2]}
              - {name: servidor, addresses: [172.25.4.4], firewall: [{port: 22, action: drop}]}
            """);

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void theSandboxProducesIt(String errno, String program) {
        List<Event> events = new ArrayList<>();
        KernelDifferentialTest.RecordingConsole console = new KernelDifferentialTest.RecordingConsole();
        Sandbox sandbox = new Sandbox(console, events::add, Limits.sandbox(), KernelLimits.sandbox(), LAB);
        try {
            sandbox.runToCompletion(sandbox.start("errno.py", PRELUDE + program + "\n", new String[0]));
        } finally {
            sandbox.dispose();
        }

        String expected = pythonName(errno);
        assertThat(console.stdout.toString()).as(console.stderr.toString()).contains("errno: " + expected + "\n");
        int number = Errno.valueOf(expected).number();
        assertThat(events).as("a failed call says so in the trace")
                .anyMatch(e -> e instanceof SyscallEvent call && call.errno() != null && call.errno().number() == number);
    }

    @Test
    void everyErrnoOfTheSlidesIsReproducedOrExplained() {
        Set<String> covered = new HashSet<>(reproducers().keySet());
        assertThat(covered).doesNotContainAnyElementsOf(LINUX_CANNOT.keySet());
        covered.addAll(LINUX_CANNOT.keySet());
        assertThat(covered).containsExactlyInAnyOrderElementsOf(SLIDES);
    }

    @Test
    void everyErrnoTheSandboxGivesHereIsExplainedInBothLanguages() throws java.io.IOException {
        for (String bundle : List.of("/messages.properties", "/messages_en.properties")) {
            java.util.Properties texts = new java.util.Properties();
            try (var in = new java.io.InputStreamReader(SlideErrnosTest.class.getResourceAsStream(bundle),
                    java.nio.charset.StandardCharsets.UTF_8)) {
                texts.load(in);
            }
            for (String errno : reproducers().keySet()) {
                String shown = org.enchufe.kernel.Strace.errnoName(Errno.valueOf(pythonName(errno)));
                for (String part : List.of("what", "causes", "reproduce")) {
                    assertThat(texts.getProperty("js.errno." + shown + "." + part)).as(bundle + " " + shown + " " + part).isNotBlank();
                }
            }
        }
    }
}
