package org.enchufe.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.enchufe.lang.vm.Limits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The workbench's click-to-call: a process that runs one call at a time, as Python's prompt does. */
class InteractiveProcessTest {

    private final KernelDifferentialTest.RecordingConsole console = new KernelDifferentialTest.RecordingConsole();
    private final Sandbox sandbox = new Sandbox(console, e -> { }, Limits.sandbox());
    private final StringBuilder file = new StringBuilder();

    @AfterEach
    void dispose() {
        sandbox.dispose();
    }

    /** Appends {@code statement} to the file and runs it as the process's next call, until it returns or sleeps. */
    private Sandbox.CallOutcome call(Process p, String statement) {
        file.append(statement).append('\n');
        int line = (int) file.chars().filter(c -> c == '\n').count();
        Sandbox.CallOutcome outcome = sandbox.call(p.pid(), file.toString(), line);
        while (sandbox.runOnce()) {
            // Runs the call until it returns or blocks.
        }
        return outcome;
    }

    @Test
    void eachCallSeesWhatTheEarlierOnesBoundAndAnErrorIsPrintedNotFatal() {
        Process p = sandbox.startInteractive("cliente.py");
        while (sandbox.runOnce()) {
            // The empty program ends at once; the process waits for its first call.
        }
        assertThat(p.awaitingCall()).isTrue();

        assertThat(call(p, "import socket")).isEqualTo(Sandbox.CallOutcome.STARTED);
        call(p, "s = socket.socket()");
        call(p, "s.connect(('127.0.0.1', 5999))");

        assertThat(console.stderr.toString()).isEqualTo("""
                Traceback (most recent call last):
                  File "cliente.py", line 3, in <module>
                    s.connect(('127.0.0.1', 5999))
                ConnectionRefusedError: [Errno 111] Connection refused
                """);
        assertThat(p.ended()).isFalse();
        assertThat(sandbox.snapshot().processes().getFirst().waitingIn()).isEqualTo("next-call");
        call(p, "print(s.fileno(), type(s).__name__)");
        assertThat(console.stdout.toString()).isEqualTo("3 socket\n");
    }

    @Test
    void aCallThatSleepsMakesTheNextOneWaitAndExitEndsTheProcess() {
        Process p = sandbox.startInteractive("servidor.py");
        call(p, "import socket");
        call(p, "s = socket.socket()");
        call(p, "s.bind(('127.0.0.1', 5000))");
        call(p, "s.listen(5)");
        call(p, "ns, direccion = s.accept()");
        assertThat(console.stderr.toString()).isEmpty();
        assertThat(p.state()).isEqualTo(ProcessState.BLOCKED);

        assertThat(sandbox.call(p.pid(), file + "s.close()\n", 6)).isEqualTo(Sandbox.CallOutcome.BUSY);
        sandbox.interrupt(p.pid());
        while (sandbox.runOnce()) {
            // Ctrl-C ends the call, not the session.
        }
        assertThat(console.stderr.toString()).endsWith("KeyboardInterrupt\n");
        assertThat(p.awaitingCall()).isTrue();

        assertThat(call(p, "s.listen(")).isEqualTo(Sandbox.CallOutcome.SYNTAX_ERROR);
        call(p, "exit(3)");
        assertThat(p.ended()).isTrue();
        assertThat(p.status()).isEqualTo(3 << 8);
    }

    /** A call's ending says whether it returned: the workbench appends to the file only the calls that did. */
    @Test
    void aCallsEndingSaysWhetherItReturnedRaisedOrItsProcessEndedFirst() {
        Process p = sandbox.startInteractive("servidor.py");
        call(p, "import socket");
        assertThat(sandbox.callEnding(p.pid())).isCompletedWithValue(true);
        call(p, "s = socket.socket()");
        call(p, "s.connect(('127.0.0.1', 5999))");
        assertThat(sandbox.callEnding(p.pid())).isCompletedWithValue(false);

        call(p, "s = socket.socket()");
        call(p, "s.bind(('127.0.0.1', 5000))");
        call(p, "s.listen(5)");
        call(p, "ns, direccion = s.accept()");
        var accept = sandbox.callEnding(p.pid());
        assertThat(accept).isNotDone();
        sandbox.kill(p.pid(), Signal.SIGKILL);
        while (sandbox.runOnce()) {
            // The kill ends the process while accept() sleeps.
        }
        assertThat(accept).isCompletedWithValue(false);
        assertThat(sandbox.callEnding(p.pid())).isCompletedWithValue(false);
    }
}
