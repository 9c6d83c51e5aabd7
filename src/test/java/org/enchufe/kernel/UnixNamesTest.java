package org.enchufe.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.enchufe.events.Event;
import org.enchufe.events.SyscallEvent;
import org.enchufe.kernel.net.Topology;
import org.enchufe.lang.vm.Limits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * AF_UNIX names in a sandbox: abstract names belong to one host of one sandbox, long paths work
 * although the sandbox's directory is deep, and autobind is traced as strace shows it.
 */
class UnixNamesTest {

    private final List<Event> events = new ArrayList<>();
    private final KernelDifferentialTest.RecordingConsole console = new KernelDifferentialTest.RecordingConsole();
    private final Sandbox sandbox = new Sandbox(console, events::add, Limits.sandbox());

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

    private static final String HOLDER = """
            import socket
            s = socket.socket(socket.AF_UNIX)
            s.bind(b'\\0compartido')
            s.listen()
            s.accept()
            """;

    private static void runUntilBlocked(Sandbox box, Process p) {
        while (p.state() != ProcessState.BLOCKED) {
            box.runOnce();
        }
    }

    @Test
    void abstractNamesAreEachSandboxsOwn() {
        Sandbox other = new Sandbox(new KernelDifferentialTest.RecordingConsole(), e -> { }, Limits.sandbox());
        try {
            runUntilBlocked(other, other.start("t.py", HOLDER, new String[0]));
            int exit = run(sandbox, """
                    import socket
                    c = socket.socket(socket.AF_UNIX)
                    try:
                        c.connect(b'\\0compartido')
                    except ConnectionRefusedError as e:
                        print('refused', e.errno)
                    s = socket.socket(socket.AF_UNIX)
                    s.bind(b'\\0compartido')
                    print(s.getsockname())
                    """);
            assertThat(exit).isZero();
            assertThat(console.stdout.toString()).isEqualTo("refused 111\nb'\\x00compartido'\n");
        } finally {
            other.dispose();
        }
    }

    @Test
    void abstractNamesAreEachHostsOwnInATopology() {
        Topology two = Topology.parse("""
                name: dos
                networks:
                  - {name: lan, cidr: 172.25.4.0/24}
                hosts:
                  - {name: uno, addresses: [172.25.4.2]}
                  - {name: otro, addresses: [172.25.4.3]}
                """);
        Sandbox box = new Sandbox(console, events::add, Limits.sandbox(), KernelLimits.sandbox(), two);
        try {
            runUntilBlocked(box, box.start("a.py", HOLDER, new String[0], box.network().host("uno")));
            Process second = box.start("b.py", "import socket\ns = socket.socket(socket.AF_UNIX)\n"
                    + "s.bind(b'\\0compartido')\nprint('ok')\n", new String[0], box.network().host("otro"));
            while (second.state() != ProcessState.EXITED && second.state() != ProcessState.ZOMBIE) {
                box.runOnce();
            }
            assertThat(console.stdout.toString()).isEqualTo("ok\n");
        } finally {
            box.dispose();
        }
    }

    @Test
    void aLongPathIsServedByAShortRealFileThatGoesWithItsSocket() throws IOException {
        String path = "/tmp/enchufe_largo_" + "x".repeat(107 - 19);
        int exit = run(sandbox, """
                import os, socket
                path = '%s'
                s = socket.socket(socket.AF_UNIX)
                s.bind(path)
                s.listen()
                c = socket.socket(socket.AF_UNIX)
                c.connect(path)
                conn, _ = s.accept()
                c.sendall(b'ok')
                print(conn.recv(2), os.path.exists(path))
                for x in (conn, c, s):
                    x.close()
                os.unlink(path)
                try:
                    socket.socket(socket.AF_UNIX).connect(path)
                except FileNotFoundError as e:
                    print('gone', e.errno)
                """.formatted(path));
        assertThat(exit).isZero();
        assertThat(console.stdout.toString()).isEqualTo("b'ok' True\ngone 2\n");
        assertThat(path).hasSize(107);
        assertThat(sandbox.files().root().toString().length() + path.length()).as("the virtual path would not fit")
                .isGreaterThan(107);
        try (Stream<Path> left = Files.list(sandbox.files().root().getParent())) {
            assertThat(left.map(f -> f.getFileName().toString())).as("no real socket file outlives its socket")
                    .containsExactly("fs");
        }
    }

    @Test
    void autobindIsTracedWithTheNameTheKernelChose() {
        int exit = run(sandbox, """
                import socket
                s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
                s.bind('')
                print(s.getsockname())
                """);
        assertThat(exit).isZero();
        assertThat(console.stdout.toString()).isEqualTo("b'\\x0000000'\n");
        assertThat(straceLines()).containsSubsequence(
                "bind(3, {sa_family=AF_UNIX}, 2) = 0",
                "getsockname(3, {sa_family=AF_UNIX, sun_path=@\"00000\"}, [110 => 8]) = 0");
    }

    @Test
    void netstatShowsAbstractNamesAsSsDoes() {
        Process p = sandbox.start("t.py", """
                import socket
                s = socket.socket(socket.AF_UNIX)
                s.bind(b'\\0abs')
                s.listen()
                t = socket.socket(socket.AF_UNIX)
                t.bind('/tmp/p.sock')
                t.listen()
                s.accept()
                """, new String[0]);
        while (p.state() != ProcessState.BLOCKED) {
            sandbox.runOnce();
        }
        assertThat(sandbox.netstat()).extracting(Netstat.Row::local).contains("@abs", "/tmp/p.sock");
    }
}
