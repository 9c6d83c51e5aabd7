package org.enchufe.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.enchufe.lang.vm.Limits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NetstatTest {

    private final ManualClock clock = ManualClock.stopped();
    private final Sandbox sandbox = new Sandbox(new KernelDifferentialTest.RecordingConsole(), e -> { }, Limits.sandbox(),
            KernelLimits.sandbox(), org.enchufe.kernel.net.Topology.DEFAULT, clock);

    @AfterEach
    void dispose() {
        sandbox.dispose();
    }

    private void runUntilBlocked(Process p) {
        while (p.state() != ProcessState.BLOCKED) {
            sandbox.runOnce();
        }
    }

    @Test
    void showsListenersConnectionsAndTimeWaitWithTheirProcesses() {
        Process server = sandbox.start("servidor.py", """
                import socket, time
                s = socket.socket()
                s.bind(('127.0.0.1', 5000))
                s.listen()
                c, _ = s.accept()
                time.sleep(0.2)
                c.close()
                time.sleep(30)
                """, new String[0]);
        runUntilBlocked(server);
        Process client = sandbox.start("cliente.py", """
                import socket, time
                c = socket.create_connection(('127.0.0.1', 5000))
                u = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
                u.bind(('::', 6000))
                time.sleep(30)
                """, new String[0]);
        while (sandbox.netstat().size() < 4) {
            sandbox.runOnce();
        }
        List<Netstat.Row> rows = sandbox.netstat();
        assertThat(rows.getFirst()).isEqualTo(new Netstat.Row("tcp", "127.0.0.1:5000", "0.0.0.0:*", "LISTEN",
                server.pid() + "/servidor.py", "enchufe"));
        assertThat(rows).anyMatch(r -> r.state().equals("ESTABLISHED") && r.local().equals("127.0.0.1:5000")
                && r.program().equals(server.pid() + "/servidor.py"));
        assertThat(rows).anyMatch(r -> r.state().equals("ESTABLISHED") && r.foreign().equals("127.0.0.1:5000")
                && r.program().equals(client.pid() + "/cliente.py"));
        assertThat(rows).contains(new Netstat.Row("udp6", ":::6000", ":::*", "", client.pid() + "/cliente.py", "enchufe"));

        // The server sleeps 0.2 s before it closes first: until the clock says so, nothing is closing.
        while (!(server.thread().suspension() instanceof org.enchufe.lang.vm.Suspension.Sleep)) {
            sandbox.runOnce();
        }
        sandbox.runOnce();
        assertThat(sandbox.netstat()).noneMatch(r -> r.state().equals("FIN_WAIT2") || r.state().equals("TIME_WAIT"));
        clock.advance(java.time.Duration.ofMillis(200));
        while (sandbox.netstat().stream().noneMatch(r -> r.state().equals("FIN_WAIT2"))) {
            sandbox.runOnce();
        }
        // Linux: the end that closed first waits for its peer's FIN in FIN_WAIT2, held by no process;
        // the peer, still open, is in CLOSE_WAIT until it closes too.
        assertThat(sandbox.netstat()).anyMatch(r -> r.state().equals("FIN_WAIT2") && r.local().equals("127.0.0.1:5000")
                && r.program().equals("-"));
        assertThat(sandbox.netstat()).anyMatch(r -> r.state().equals("CLOSE_WAIT") && r.foreign().equals("127.0.0.1:5000")
                && r.program().equals(client.pid() + "/cliente.py"));
        assertThat(Netstat.render(sandbox.netstat())).startsWith("""
                Active Internet connections (servers and established)
                Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name
                tcp        0      0 127.0.0.1:5000          0.0.0.0:*               LISTEN      """);

        // The client's exit closes its end: its FIN puts the server's in TIME_WAIT, which lasts 60 s.
        clock.advance(java.time.Duration.ofSeconds(30));
        while (!client.ended()) {
            sandbox.runOnce();
        }
        assertThat(sandbox.netstat()).noneMatch(r -> r.state().equals("FIN_WAIT2") || r.state().equals("CLOSE_WAIT"))
                .anyMatch(r -> r.state().equals("TIME_WAIT") && r.local().equals("127.0.0.1:5000") && r.program().equals("-"));
        clock.advance(java.time.Duration.ofNanos(org.enchufe.kernel.net.HostNetwork.TIME_WAIT_NANOS));
        assertThat(sandbox.netstat()).noneMatch(r -> r.state().equals("TIME_WAIT"));
    }
}
