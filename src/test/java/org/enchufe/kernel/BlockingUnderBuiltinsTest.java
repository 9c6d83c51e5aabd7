package org.enchufe.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.enchufe.lang.vm.Limits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A thread asleep in a call under a builtin (a generator list() consumes) is a blocked thread
 * like any other for the kernel: Ctrl-C and signal handlers reach it, the snapshot shows the line
 * it sleeps at; os.fork() there is refused with a clear error (its Java frames cannot be copied).
 * The differential programs blocking_under_*.py cover each builtin.
 */
class BlockingUnderBuiltinsTest {

    private final KernelDifferentialTest.RecordingConsole console = new KernelDifferentialTest.RecordingConsole();
    private final Sandbox sandbox = new Sandbox(console, event -> { }, Limits.sandbox(), new KernelLimits(4, 8));

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
    void theSnapshotShowsTheLineTheGeneratorSleepsAt() {
        Process p = sandbox.start("gen.py", """
                import socket
                a, b = socket.socketpair()
                def chunks():
                    while True:
                        yield a.recv(10)
                print(list(chunks()))
                """, new String[0]);
        runUntilBlocked(p);

        SandboxSnapshot.ProcessView view = sandbox.snapshot().processes().getFirst();
        assertThat(view.line()).isEqualTo(5);
        assertThat(view.waitingIn()).isEqualTo("recv");
    }

    @Test
    void aBuiltinWaitingInABuiltinShowsTheLineThatCalledIt() {
        Process p = sandbox.start("map.py", """
                import socket
                a, b = socket.socketpair()
                print(list(map(a.recv, [10])))
                """, new String[0]);
        runUntilBlocked(p);

        SandboxSnapshot.ProcessView view = sandbox.snapshot().processes().getFirst();
        assertThat(view.line()).isEqualTo(3);
        assertThat(view.waitingIn()).isEqualTo("recv");
    }

    @Test
    void ctrlCReachesACallUnderABuiltinAndComesOutOfIt() {
        Process p = sandbox.start("ctrlc.py", """
                import socket
                a, b = socket.socketpair()
                def chunks():
                    while True:
                        yield a.recv(10)
                try:
                    list(chunks())
                except KeyboardInterrupt:
                    print('interrumpido dentro de list()')
                """, new String[0]);
        runUntilBlocked(p);

        assertThat(sandbox.interrupt(p.pid())).isTrue();
        assertThat(sandbox.runToCompletion(p)).isZero();
        assertThat(console.stdout.toString()).isEqualTo("interrumpido dentro de list()\n");
    }

    @Test
    void aSignalHandlerRunsAndTheCallUnderTheBuiltinSleepsAgain() {
        Process p = sandbox.start("handler.py", """
                import signal
                import socket
                a, b = socket.socketpair()
                def on_int(signum, frame):
                    print('Ctrl-C', signum)
                    b.send(b'fin')
                signal.signal(signal.SIGINT, on_int)
                def chunks():
                    yield a.recv(10)
                print(sorted(chunks()))
                """, new String[0]);
        runUntilBlocked(p);

        sandbox.interrupt(p.pid());
        assertThat(sandbox.runToCompletion(p)).isZero();
        assertThat(console.stdout.toString()).isEqualTo("Ctrl-C 2\n[b'fin']\n");
    }

    @Test
    void forkUnderABuiltinIsAClearRuntimeError() {
        Process p = sandbox.start("fork.py", """
                import os
                def children():
                    yield os.fork()
                try:
                    list(children())
                except RuntimeError as e:
                    print(e)
                print(os.fork() >= 0)
                """, new String[0]);
        sandbox.runToCompletion(p);

        assertThat(console.stdout.toString()).startsWith("os.fork() cannot run inside a function called by a builtin")
                .endsWith("True\nTrue\n");
    }
}
