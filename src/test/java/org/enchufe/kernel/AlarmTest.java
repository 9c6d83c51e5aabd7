package org.enchufe.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.enchufe.lang.vm.Limits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** signal.alarm and setitimer on a clock only the test moves: nothing fires before its time. */
class AlarmTest {

    private final ManualClock clock = ManualClock.stopped();
    private final KernelDifferentialTest.RecordingConsole console = new KernelDifferentialTest.RecordingConsole();
    private final Sandbox sandbox = new Sandbox(console, e -> { }, Limits.sandbox(), KernelLimits.sandbox(),
            org.enchufe.kernel.net.Topology.DEFAULT, clock);

    @AfterEach
    void dispose() {
        sandbox.dispose();
    }

    private void runWhileItCan(Process p) {
        while (sandbox.runOnce() && !p.ended()) {
            // Each round runs the ready threads and fires the timers that are due.
        }
    }

    @Test
    void anAlarmInterruptsABlockingAcceptExactlyWhenTheKernelsClockReachesIt() throws java.io.IOException {
        Process server = sandbox.start("servidor.py", """
                import signal, socket
                def vencido(signum, frame):
                    raise TimeoutError('nadie se conectó')
                signal.signal(signal.SIGALRM, vencido)
                s = socket.socket()
                s.bind(('127.0.0.1', 0))
                s.listen()
                signal.alarm(5)
                try:
                    s.accept()
                except TimeoutError as e:
                    print('accept interrumpido:', e)
                """, new String[0]);
        runWhileItCan(server);
        assertThat(server.state()).isEqualTo(ProcessState.BLOCKED);
        try (java.nio.channels.Selector own = java.nio.channels.Selector.open()) {
            // The alarm is what the sandbox waits for: a driver sleeps until then, not forever.
            assertThat(sandbox.registerWaitsAlone(own)).isEqualTo(clock.nanoTime() + Duration.ofSeconds(5).toNanos());
        }

        clock.advance(Duration.ofMillis(4999));
        runWhileItCan(server);
        assertThat(server.state()).isEqualTo(ProcessState.BLOCKED);
        assertThat(console.stdout.toString()).isEmpty();

        clock.advance(Duration.ofMillis(1));
        runWhileItCan(server);
        assertThat(server.ended()).isTrue();
        assertThat(console.stdout.toString()).isEqualTo("accept interrumpido: nadie se conectó\n");
    }

    @Test
    void aPeriodicTimerWakesAPauseOncePerInterval() {
        Process p = sandbox.start("tic.py", """
                import signal
                signal.signal(signal.SIGALRM, lambda s, f: print('tic'))
                signal.setitimer(signal.ITIMER_REAL, 1, 1)
                while True:
                    signal.pause()
                    print('pause() volvió')
                """, new String[0]);
        runWhileItCan(p);
        assertThat(console.stdout.toString()).isEmpty();
        for (int n = 1; n <= 3; n++) {
            clock.advance(Duration.ofSeconds(1));
            runWhileItCan(p);
            assertThat(console.stdout.toString()).isEqualTo("tic\npause() volvió\n".repeat(n));
            assertThat(p.state()).isEqualTo(ProcessState.BLOCKED);
        }
    }
}
