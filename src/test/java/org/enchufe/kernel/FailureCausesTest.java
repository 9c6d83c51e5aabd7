package org.enchufe.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.enchufe.events.DecidedBy;
import org.enchufe.events.Event;
import org.enchufe.events.FailureCause;
import org.enchufe.events.SyscallEvent;
import org.enchufe.kernel.net.Topology;
import org.enchufe.lang.vm.Limits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a failed call's event says of its cause, for the page's explanations: the sandbox knows more than the errno. */
@org.junit.jupiter.api.Timeout(20)
class FailureCausesTest {

    private static final Topology LAB = Topology.parse("""
            name: prueba
            domain: lab
            connectTimeout: 300ms
            networks:
              - {name: lan, cidr: 172.25.4.0/24}
            hosts:
              - name: cliente
                addresses: [172.25.4.2]
              - name: servidor
                addresses: [172.25.4.4]
                firewall:
                  - {port: 22, protocol: tcp, action: drop}
                  - {port: 23, action: reject}
            """);

    private final List<Event> events = new ArrayList<>();
    private final KernelDifferentialTest.RecordingConsole console = new KernelDifferentialTest.RecordingConsole();
    private final Sandbox sandbox = new Sandbox(console, events::add, Limits.sandbox(), KernelLimits.sandbox(), LAB,
            ManualClock.advancingWhenIdle());

    @AfterEach
    void dispose() {
        sandbox.dispose();
    }

    private Process start(String host, String file, String source) {
        return sandbox.start(file, source, new String[0], sandbox.network().host(host));
    }

    private SyscallEvent failed(String call, String errno) {
        return events.stream().filter(e -> e instanceof SyscallEvent s && s.name().equals(call) && s.errno() != null
                && s.errno().name().equals(errno)).map(SyscallEvent.class::cast).findFirst().orElseThrow();
    }

    /** Runs until {@code p} ended (others may sleep on); the test's clock jumps to the next timer when nothing can run. */
    private void runUntilEnded(Process p) {
        while (!p.ended()) {
            if (!sandbox.runOnce()) {
                sandbox.advanceClockIfIdle();
            }
        }
    }

    private void runUntilBlocked(Process p) {
        while (p.state() != ProcessState.BLOCKED) {
            sandbox.runOnce();
        }
    }

    @Test
    void eaddrinuseNamesTheProcessHoldingThePort() {
        Process holder = start("servidor", "servidor.py", """
                import socket, time
                s = socket.socket()
                s.bind(('', 5000))
                s.listen()
                time.sleep(5)
                """);
        runUntilBlocked(holder);
        Process second = start("servidor", "otro.py", "import socket\nsocket.socket().bind(('', 5000))\n");
        runUntilEnded(second);

        SyscallEvent bind = failed("bind", "EADDRINUSE");
        assertThat(bind.errno().cause()).isEqualTo(new FailureCause.PortHeld(5000, holder.pid(), "servidor.py"));
        assertThat(bind.decidedBy()).isEqualTo(DecidedBy.SANDBOX);
    }

    @Test
    void econnrefusedOnTheClientsOwnLoopbackNamesTheHostWhereTheServerListens() {
        Process server = start("servidor", "servidor.py", """
                import socket
                s = socket.socket()
                s.bind(('', 5000))
                s.listen()
                s.accept()
                """);
        runUntilBlocked(server);
        Process client = start("cliente", "cliente.py", "import socket\nsocket.socket().connect(('127.0.0.1', 5000))\n");
        runUntilEnded(client);

        assertThat(failed("connect", "ECONNREFUSED").errno().cause())
                .isEqualTo(new FailureCause.NobodyListens("127.0.0.1", 5000, "cliente", "servidor", "172.25.4.4"));
    }

    @Test
    void aServerOnItsOwnLoopbackIsNamedAsListeningThereOnly() {
        Process server = start("servidor", "servidor.py", """
                import socket
                s = socket.socket()
                s.bind(('127.0.0.1', 5000))
                s.listen()
                s.accept()
                """);
        runUntilBlocked(server);
        Process client = start("cliente", "cliente.py", "import socket\nsocket.socket().connect(('172.25.4.4', 5000))\n");
        runUntilEnded(client);

        assertThat(failed("connect", "ECONNREFUSED").errno().cause())
                .isEqualTo(new FailureCause.NobodyListens("172.25.4.4", 5000, "servidor", "servidor", "127.0.0.1"));
    }

    @Test
    void aFirewallsRejectAndDropAreToldApartFromNobodyListening() {
        Process client = start("cliente", "cliente.py", """
                import socket
                for port in (23, 22, 24):
                    try:
                        socket.socket().connect(('172.25.4.4', port))
                    except OSError as e:
                        print(port, e.errno)
                """);
        runUntilEnded(client);

        assertThat(console.stdout.toString()).isEqualTo("23 111\n22 110\n24 111\n");
        List<FailureCause> causes = events.stream().filter(e -> e instanceof SyscallEvent s && s.errno() != null)
                .map(e -> ((SyscallEvent) e).errno().cause()).toList();
        assertThat(causes).containsExactly(
                new FailureCause.Firewall("servidor", 23, "172.25.4.2", "reject"),
                new FailureCause.Firewall("servidor", 22, "172.25.4.2", "drop"),
                new FailureCause.NobodyListens("172.25.4.4", 24, "servidor", null, null));
    }
}
