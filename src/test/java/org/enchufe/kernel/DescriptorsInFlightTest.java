package org.enchufe.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.enchufe.lang.vm.Limits;
import org.junit.jupiter.api.Test;

/**
 * Files passed with SCM_RIGHTS and not yet received are open files of the sandbox, though no
 * descriptor names them: they count against its file table (ENFILE), too many in flight is
 * ETOOMANYREFS, and they close with the socket they were in flight to.
 */
class DescriptorsInFlightTest {

    private final KernelDifferentialTest.RecordingConsole console = new KernelDifferentialTest.RecordingConsole();

    private String run(KernelLimits limits, String source) {
        Sandbox sandbox = new Sandbox(console, event -> { }, Limits.sandbox(), limits, org.enchufe.kernel.net.Topology.DEFAULT,
                ManualClock.advancingWhenIdle());
        sandbox.runToCompletion(sandbox.start("f.py", source, new String[0]));
        return console.stdout + console.stderr.toString();
    }

    @Test
    void filesInFlightCountInTheSandboxsFileTableUntilTheirReceiverCloses() {
        String out = run(KernelLimits.sandbox().withSandboxWide(128L << 20, 128, 5, 0, 0), """
                import socket, struct
                a, b = socket.socketpair()
                for i in range(5):
                    try:
                        s = socket.socket()
                    except OSError as e:
                        print(i, e.errno)
                        break
                    a.sendmsg([b"x"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, struct.pack("i", s.fileno()))])
                    s.close()
                b.close()
                print(len([socket.socket() for _ in range(3)]))
                """);

        assertThat(out).isEqualTo("3 23\n3\n");
    }

    @Test
    void passingWhileMoreFilesThanRlimitNofileAreInFlightIsEtoomanyrefs() {
        String out = run(new KernelLimits(8, 8), """
                import socket, struct
                a, b = socket.socketpair()
                sent = 0
                try:
                    while True:
                        s = socket.socket()
                        a.sendmsg([b"x"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, struct.pack("i", s.fileno()))])
                        s.close()
                        sent += 1
                except OSError as e:
                    print(sent, e.errno, e.strerror)
                """);

        assertThat(out).isEqualTo("9 109 Too many references: cannot splice\n");
    }
}
