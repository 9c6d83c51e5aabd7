package org.enchufe.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.enchufe.lang.vm.Limits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The services every sandbox host offers: echo, discard, daytime, chargen and time, TCP and UDP. */
class DaemonsTest {

    private final KernelDifferentialTest.RecordingConsole console = new KernelDifferentialTest.RecordingConsole();
    private final Sandbox sandbox = new Sandbox(console, e -> { }, Limits.sandbox());

    @AfterEach
    void dispose() {
        sandbox.dispose();
    }

    private String run(String source) {
        int exit = sandbox.runToCompletion(sandbox.start("cliente.py", source, new String[0]));
        assertThat(console.stderr.toString()).isEmpty();
        assertThat(exit).isZero();
        return console.stdout.toString();
    }

    @Test
    void echoAnswersWhatItGetsOverTcpAndUdp() {
        assertThat(run("""
                import socket
                c = socket.create_connection(('localhost', 7))
                c.sendall(b'hola, eco')
                print(c.recv(100), c.getpeername())
                c.shutdown(socket.SHUT_WR)
                print(c.recv(100))
                u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                u.sendto(b'datagrama', ('127.0.0.1', 7))
                print(u.recvfrom(100))
                """)).isEqualTo("b'hola, eco' ('127.0.0.1', 7)\nb''\n(b'datagrama', ('127.0.0.1', 7))\n");
    }

    @Test
    void daytimeAndTimeTellTheTimeAndClose() {
        String out = run("""
                import socket, struct, time
                c = socket.create_connection(('127.0.0.1', 13))
                linea = c.recv(100)
                print(linea.endswith(b'\\r\\n'), len(linea.split()), c.recv(100))
                t = socket.create_connection(('127.0.0.1', 37))
                segundos = struct.unpack('!I', t.recv(4))[0]
                print(abs(segundos - 2208988800 - time.time()) < 5, t.recv(4))
                """);
        assertThat(out).isEqualTo("True 5 b''\nTrue b''\n");
    }

    @Test
    void chargenSendsRfc864LinesAndDiscardSwallowsEverything() {
        String out = run("""
                import socket
                c = socket.create_connection(('127.0.0.1', 19))
                datos = b''
                while len(datos) < 148:
                    datos += c.recv(148 - len(datos))
                lineas = datos.split(b'\\r\\n')
                print(len(lineas[0]), lineas[0][:10], lineas[1][:10])
                c.close()
                d = socket.create_connection(('127.0.0.1', 9))
                d.sendall(b'x' * 100000)
                d.shutdown(socket.SHUT_WR)
                print(d.recv(10))
                """);
        assertThat(out).isEqualTo("72 b' !\"#$%&\\'()' b'!\"#$%&\\'()*'\nb''\n");
    }

    @Test
    void theServicesAnswerIpv6ClientsToo() {
        assertThat(run("""
                import socket
                c = socket.socket(socket.AF_INET6)
                c.connect(('::1', 7))
                c.sendall(b'seis')
                print(c.recv(10), c.getpeername())
                """)).isEqualTo("b'seis' ('::1', 7, 0, 0)\n");
    }

    @Test
    void aPortWithoutAServiceIsStillRefused() {
        assertThat(run("import socket\nprint(socket.socket().connect_ex(('127.0.0.1', 8)))\n")).isEqualTo("111\n");
    }
}
