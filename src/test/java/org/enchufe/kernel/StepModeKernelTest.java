package org.enchufe.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.enchufe.lang.vm.Limits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Step mode in the kernel: a stopped process moves a line at a time and sleeps in calls as usual. */
class StepModeKernelTest {

    private final KernelDifferentialTest.RecordingConsole console = new KernelDifferentialTest.RecordingConsole();
    private final Sandbox sandbox = new Sandbox(console, e -> { }, Limits.sandbox());

    @AfterEach
    void dispose() {
        sandbox.dispose();
    }

    @Test
    void aClientStepsLineByLineUntilItSleepsInRecv() {
        Process server = sandbox.start("servidor.py", """
                import socket
                s = socket.socket()
                s.bind(('127.0.0.1', 5000))
                s.listen()
                c, _ = s.accept()
                c.recv(10)
                """, new String[0]);
        while (server.state() != ProcessState.BLOCKED) {
            sandbox.runOnce();
        }
        Process client = sandbox.start("cliente.py", """
                import socket
                c = socket.socket()
                c.connect(('127.0.0.1', 5000))
                print('conectado')
                c.recv(10)
                """, new String[0]);
        sandbox.stop(client.pid());
        assertThat(client.state()).isEqualTo(ProcessState.STOPPED);
        sandbox.runOnce();
        assertThat(client.thread().line()).as("stopped processes do not run").isEqualTo(1);

        assertThat(sandbox.step(client.pid())).isEqualTo(2);
        assertThat(sandbox.step(client.pid())).isEqualTo(3);
        assertThat(sandbox.step(client.pid())).isEqualTo(4);
        assertThat(console.stdout.toString()).isEmpty();
        assertThat(sandbox.step(client.pid())).isEqualTo(5);
        assertThat(console.stdout.toString()).isEqualTo("conectado\n");

        sandbox.step(client.pid());
        assertThat(client.state()).isEqualTo(ProcessState.BLOCKED);
        assertThat(sandbox.snapshot().processes().get(1).waitingIn()).isEqualTo("recv");
        assertThat(sandbox.step(client.pid())).as("a sleeping call must complete first").isEqualTo(-1);

        // The server never ran accept() while the client stepped: killing it closes a listener with
        // a connection still queued, and Linux answers that connection with a reset.
        sandbox.resume(client.pid());
        sandbox.kill(server.pid(), Signal.SIGKILL);
        sandbox.runToCompletion(client);
        assertThat(console.stderr.toString()).endsWith("ConnectionResetError: [Errno 104] Connection reset by peer\n");
    }

    /** As a debugger's "step over": the student sees the line after accept() once a client came, not the middle of accept's. */
    @Test
    void aStepThatSleepsInACallGoesOnToTheNextLineWhenTheCallCompletes() {
        Process server = sandbox.start("servidor.py", """
                import socket
                s = socket.socket()
                s.bind(('127.0.0.1', 5000))
                s.listen()
                c, direccion = s.accept()
                print('conectado')
                """, new String[0]);
        sandbox.stop(server.pid());
        while (sandbox.step(server.pid()) != 5) {
            // Up to accept(), not run yet.
        }
        assertThat(sandbox.step(server.pid())).isEqualTo(5);
        assertThat(server.state()).isEqualTo(ProcessState.BLOCKED);

        Process client = sandbox.start("cliente.py", "import socket\nsocket.create_connection(('127.0.0.1', 5000))\n", new String[0]);
        while (server.state() != ProcessState.STOPPED) {
            sandbox.runOnce();
        }
        assertThat(server.thread().line()).isEqualTo(6);
        assertThat(sandbox.snapshot().processes().getFirst().variables().locals())
                .extracting(StepVariables.VariableView::name).contains("c", "direccion");
        assertThat(console.stdout.toString()).isEmpty();
        sandbox.resume(server.pid());
        sandbox.runToCompletion(client);
    }
}
