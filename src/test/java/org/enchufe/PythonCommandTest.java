package org.enchufe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PythonCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return PythonCommand.run(args, new BufferedReader(new StringReader("")), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void traceWritesEachCallToStderrAsStraceDoes() throws Exception {
        Path script = Files.writeString(dir.resolve("cliente.py"),
                "import socket\ns = socket.socket()\nprint(s.connect_ex(('127.0.0.1', 5000)))\ns.close()\n");

        int code = run("--trace", script.toString());

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("111\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("""
                [pid 1000] socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_IP) = 3
                [pid 1000] connect(3, {sa_family=AF_INET, sin_port=htons(5000), sin_addr=inet_addr("127.0.0.1")}, 16) = -1 ECONNREFUSED (Connection refused)
                [pid 1000] close(3) = 0
                [pid 1000] +++ exited with 0 +++
                """);
    }

    @Test
    void withoutTraceStderrHasOnlyWhatTheProgramWrote() throws Exception {
        Path script = Files.writeString(dir.resolve("hola.py"), "print('hola')\n");

        assertThat(run(script.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("hola\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aParentThatExitsFirstGivesItsStatusAndItsChildrensLaterOutputIsKept() throws Exception {
        // The child waits for its parent's end of a socketpair to close: it prints after the parent exited,
        // adopted by the sandbox's outside (ppid 0, as a PID namespace shows a parent beyond it).
        Path script = Files.writeString(dir.resolve("padre.py"), """
                import os, socket, sys
                padre, hijo = socket.socketpair()
                if os.fork() == 0:
                    padre.close()
                    print('hijo ve', hijo.recv(10), 'y su padre es', os.getppid(), flush=True)
                    os._exit(3)
                hijo.close()
                print('el padre sale', flush=True)
                sys.exit(5)
                """);

        int code = run("--trace", script.toString());

        assertThat(code).as("the shell sees the parent's status").isEqualTo(5);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("el padre sale\nhijo ve b'' y su padre es 0\n");
        String trace = err.toString(StandardCharsets.UTF_8);
        assertThat(trace.indexOf("[pid 1000] +++ exited with 5 +++")).isPositive()
                .isLessThan(trace.indexOf("[pid 1001] +++ exited with 3 +++"));
    }

    @Test
    void withoutAFileItShowsTheUsage() {
        assertThat(run("--trace")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("usage: enchufe run [--trace] [--topology");
    }

    @Test
    void disPrintsTheBytecodeAndRunsNothing() throws Exception {
        Path script = Files.writeString(dir.resolve("suma.py"), "def suma(a, b):\n    return a + b\nprint(suma(1, 2))\n");

        assertThat(run("--dis", script.toString())).isZero();
        String listing = out.toString(StandardCharsets.UTF_8);
        assertThat(listing).startsWith("Disassembly of <module>:\n")
                .contains("STORE_NAME", "(suma)", "Disassembly of suma:", "LOAD_FAST", "(a)", "RETURN_VALUE")
                .doesNotContain("3\n3");
        assertThat(listing.lines()).noneMatch("3"::equals);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void disOfASyntaxErrorSaysWhereAsPython3Does() throws Exception {
        Path script = Files.writeString(dir.resolve("mal.py"), "print('hola'\n");

        assertThat(run("--dis", script.toString())).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("mal.py\", line 1").contains("SyntaxError");
    }
}
