package org.enchufe.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.enchufe.lang.vm.Limits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class SandboxSnapshotTest {

    private final Sandbox sandbox = new Sandbox(new KernelDifferentialTest.RecordingConsole(), e -> { }, Limits.sandbox());

    @AfterEach
    void dispose() {
        sandbox.dispose();
    }

    @Test
    void aServerAsleepInAcceptShowsWhereAndOnWhat() {
        Process server = sandbox.start("servidor.py", """
                import socket
                s = socket.socket()
                s.bind(('127.0.0.1', 5000))
                s.listen()
                conn, addr = s.accept()
                """, new String[0]);
        while (server.state() != ProcessState.BLOCKED) {
            sandbox.runOnce();
        }

        SandboxSnapshot.ProcessView view = sandbox.snapshot().processes().getFirst();

        assertThat(view.state()).isEqualTo(ProcessState.BLOCKED);
        assertThat(view.waitingIn()).isEqualTo("accept");
        assertThat(view.waitingOn()).isEqualTo(3);
        assertThat(view.line()).isEqualTo(5);
        assertThat(view.descriptors()).extracting(SandboxSnapshot.DescriptorView::kind)
                .containsExactly("console", "console", "console", "socket");
        assertThat(view.descriptors().get(3)).isEqualTo(new SandboxSnapshot.DescriptorView(3, "socket", "AF_INET", "SOCK_STREAM",
                "LISTEN", "127.0.0.1:5000", null, 0, false));
    }

    @Test
    void aProcessWaitingForASignalSaysWhichCall() {
        Process paused = sandbox.start("pausa.py", "import signal\nsignal.pause()\n", new String[0]);
        Process waiting = sandbox.start("espera.py", """
                import signal
                signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
                signal.sigwait([signal.SIGUSR1])
                """, new String[0]);
        while (paused.state() != ProcessState.BLOCKED || waiting.state() != ProcessState.BLOCKED) {
            sandbox.runOnce();
        }

        assertThat(sandbox.snapshot().processes()).extracting(SandboxSnapshot.ProcessView::waitingIn)
                .containsExactly("pause", "sigwait");
    }

    @Test
    void eachThreadShowsWhatItSleepsIn() {
        Process p = sandbox.start("hilos.py", """
                import socket, threading, time
                s = socket.socket()
                s.bind(('127.0.0.1', 5000))
                s.listen()
                threading.Thread(target=s.accept, name='aceptador', daemon=True).start()
                time.sleep(30)
                """, new String[0]);
        while (p.tasks().size() < 2 || p.state() != ProcessState.BLOCKED) {
            sandbox.runOnce();
        }
        List<SandboxSnapshot.ThreadView> threads = sandbox.snapshot().processes().getFirst().threads();
        assertThat(threads).extracting(SandboxSnapshot.ThreadView::name).containsExactly("MainThread", "aceptador");
        assertThat(threads).extracting(SandboxSnapshot.ThreadView::waitingIn).containsExactly("sleep", "accept");
        assertThat(threads.get(1).waitingOn()).isEqualTo(3);
    }

    @Test
    void itSerialisesAsTheBrowserReadsIt() {
        Process p = sandbox.start("espera.py", "x = input()\n", new String[0]);
        while (p.state() != ProcessState.BLOCKED) {
            sandbox.runOnce();
        }
        String json = JsonMapper.builder().build().writeValueAsString(sandbox.snapshot());
        assertThat(json).contains("\"waitingIn\":\"input\"", "\"state\":\"BLOCKED\"", "\"program\":\"espera.py\"", "\"netstat\":[]");
    }

    /** The diagram draws the lab as it is: its networks and their links, each host's place on them, its firewall. */
    @Test
    void aTopologysNetworksAndFirewallsAreInItsSnapshot() {
        Sandbox lab = new Sandbox(new KernelDifferentialTest.RecordingConsole(), e -> { }, Limits.sandbox(), KernelLimits.sandbox(),
                org.enchufe.kernel.net.Topology.builtin("laboratorio"), ManualClock.advancingWhenIdle());
        try {
            SandboxSnapshot.NetworkView network = lab.snapshot().network();
            assertThat(network.networks()).containsExactly(
                    new SandboxSnapshot.SubnetView("lan", "172.25.4.0/24", true, 0, 0, 0, 0),
                    new SandboxSnapshot.SubnetView("interna", "10.0.9.0/24", false, 0, 0, 0, 0));
            SandboxSnapshot.HostView server = network.hosts().stream().filter(h -> h.name().equals("servidor")).findFirst().orElseThrow();
            assertThat(server.addresses()).containsExactly("172.25.4.4", "10.0.9.4");
            assertThat(server.firewall()).containsExactly(new SandboxSnapshot.RuleView(22, "tcp", "drop", null),
                    new SandboxSnapshot.RuleView(23, "tcp", "reject", null));
        } finally {
            lab.dispose();
        }
    }
}
