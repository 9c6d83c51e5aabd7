package org.enchufe.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.enchufe.events.SocketEvent;
import org.enchufe.events.SocketState;
import org.enchufe.lang.vm.Limits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How a TCP connection closes, as Linux's tcp_close and tcp_fin handle it, seen in the socket
 * events and netstat alike: the end that closes while its peer is open goes to FIN_WAIT2, held by
 * no process, and the peer to CLOSE_WAIT; when the peer closes too (LAST_ACK, answered at once on
 * loopback) the first end's connection waits in TIME_WAIT for 60 s and is gone. A real-Linux
 * recording cannot show this (a program cannot read its own socket's state), so the rule is pinned
 * here; {@code ss -tan} on Linux 6 shows the same sequence for these programs.
 */
class ConnectionCloseTest {

    private final ManualClock clock = ManualClock.stopped();
    private final List<SocketEvent> events = new ArrayList<>();
    private final Sandbox sandbox = new Sandbox(new KernelDifferentialTest.RecordingConsole(), e -> {
        if (e instanceof SocketEvent s && s.type().equals("SOCK_STREAM")) {
            events.add(s);
        }
    }, Limits.sandbox(), KernelLimits.sandbox(), org.enchufe.kernel.net.Topology.DEFAULT, clock);

    @AfterEach
    void dispose() {
        sandbox.dispose();
    }

    private void runUntilBlocked(Process p) {
        while (p.state() != ProcessState.BLOCKED) {
            sandbox.runOnce();
        }
    }

    private Process server(String afterAccept) {
        Process server = sandbox.start("servidor.py", """
                import socket, time
                s = socket.socket()
                s.bind(('127.0.0.1', 5000))
                s.listen()
                c, _ = s.accept()
                """ + afterAccept, new String[0]);
        runUntilBlocked(server);
        return server;
    }

    private List<String> statesOf(int pid, int fd) {
        return events.stream().filter(e -> e.pid() == pid && e.fd() == fd).map(e -> e.state().name()).toList();
    }

    private String netstatState(String local) {
        return sandbox.netstat().stream().filter(r -> r.local().equals(local) && !r.state().equals("LISTEN"))
                .map(Netstat.Row::state).findFirst().orElse("none");
    }

    @Test
    void thePeerOfAnEndThatClosesIsInCloseWaitAndTheCloserWaitsInFinWait2ThenTimeWait() {
        Process server = server("""
                c.sendall(b'hola')
                print(c.recv(10))
                time.sleep(1)
                c.close()
                time.sleep(100)
                """);
        Process client = sandbox.start("cliente.py", """
                import socket
                c = socket.create_connection(('127.0.0.1', 5000))
                print(c.recv(10))
                c.close()
                """, new String[0]);
        while (!client.ended() || !(server.thread().suspension() instanceof org.enchufe.lang.vm.Suspension.Sleep)) {
            sandbox.runOnce();
        }
        String clientEnd = events.stream().filter(e -> e.pid() == client.pid() && e.state() == SocketState.ESTABLISHED)
                .findFirst().map(e -> Netstat.endpoint((org.enchufe.events.Sockaddr.Inet) e.local())).orElseThrow();

        // The server has not closed: CLOSE_WAIT (its recv() saw the end of file); the client's end,
        // closed first, is an orphan in FIN_WAIT2.
        assertThat(statesOf(server.pid(), 4)).containsExactly("ESTABLISHED", "CLOSE_WAIT");
        assertThat(statesOf(client.pid(), 3)).containsExactly("CREATED", "SYN_SENT", "ESTABLISHED", "CLOSED");
        assertThat(statesOf(client.pid(), -1)).containsExactly("FIN_WAIT");
        assertThat(netstatState("127.0.0.1:5000")).isEqualTo("CLOSE_WAIT");
        assertThat(netstatState(clientEnd)).isEqualTo("FIN_WAIT2");

        // The server closes: LAST_ACK is answered at once, nothing of its end stays; the client's
        // connection has its FIN and waits in TIME_WAIT.
        clock.advance(java.time.Duration.ofSeconds(1));
        while (!statesOf(server.pid(), 4).contains("CLOSED")) {
            sandbox.runOnce();
        }
        assertThat(statesOf(client.pid(), -1)).containsExactly("FIN_WAIT", "TIME_WAIT");
        assertThat(netstatState("127.0.0.1:5000")).isEqualTo("none");
        assertThat(netstatState(clientEnd)).isEqualTo("TIME_WAIT");

        // 60 s later it is gone, and an event says so.
        clock.advance(java.time.Duration.ofNanos(org.enchufe.kernel.net.Orphans.STAGE_NANOS));
        sandbox.runOnce();
        assertThat(statesOf(client.pid(), -1)).containsExactly("FIN_WAIT", "TIME_WAIT", "CLOSED");
        assertThat(netstatState(clientEnd)).isEqualTo("none");
    }

    @Test
    void anEndThatShutItsWritingGoesToTimeWaitWhenThePeersFinComesWhileItIsStillOpen() {
        Process server = server("""
                c.shutdown(socket.SHUT_WR)
                print(c.recv(10))
                time.sleep(100)
                """);
        Process client = sandbox.start("cliente.py", """
                import socket
                c = socket.create_connection(('127.0.0.1', 5000))
                print(c.recv(10))
                c.close()
                """, new String[0]);
        while (!client.ended() || !(server.thread().suspension() instanceof org.enchufe.lang.vm.Suspension.Sleep)) {
            sandbox.runOnce();
        }
        assertThat(statesOf(server.pid(), 4)).containsExactly("ESTABLISHED", "FIN_WAIT", "TIME_WAIT");
        assertThat(statesOf(client.pid(), 3)).containsExactly("CREATED", "SYN_SENT", "ESTABLISHED", "CLOSE_WAIT", "CLOSED");
        assertThat(statesOf(client.pid(), -1)).isEmpty();
        assertThat(netstatState("127.0.0.1:5000")).isEqualTo("TIME_WAIT");
    }

    @Test
    void aConnectionTheClientClosedWhileItWaitedInTheQueueIsAcceptedInCloseWait() {
        Process client = sandbox.start("cliente.py", """
                import socket, time
                s = socket.socket()
                s.bind(('127.0.0.1', 5000))
                s.listen()
                c = socket.create_connection(('127.0.0.1', 5000))
                c.close()
                a, _ = s.accept()
                print(a.recv(10))
                """, new String[0]);
        while (!client.ended()) {
            sandbox.runOnce();
        }
        // accept() gives the lowest free descriptor: the 4 the client's socket had.
        assertThat(statesOf(client.pid(), 4)).containsExactly("CREATED", "SYN_SENT", "ESTABLISHED", "CLOSED", "CLOSE_WAIT");
        assertThat(statesOf(client.pid(), -1)).containsExactly("FIN_WAIT", "TIME_WAIT");
    }
}
