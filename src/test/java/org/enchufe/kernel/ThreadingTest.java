package org.enchufe.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.enchufe.lang.vm.Limits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Threads of one process, scheduled by the kernel; what the differential suite cannot show. */
class ThreadingTest {

    private final KernelDifferentialTest.RecordingConsole console = new KernelDifferentialTest.RecordingConsole();
    // Sleeps end in the order of their timers, at once: the clock jumps when every thread waits.
    private final Sandbox sandbox = new Sandbox(console, e -> { }, Limits.sandbox(), KernelLimits.sandbox(), org.enchufe.kernel.net.Topology.DEFAULT,
            ManualClock.advancingWhenIdle());

    @AfterEach
    void dispose() {
        sandbox.dispose();
    }

    @Test
    void eachThreadsStartAndEndIsAnEventWithItsTidAndName() {
        java.util.List<org.enchufe.events.Event> events = new java.util.ArrayList<>();
        Sandbox traced = new Sandbox(console, events::add, Limits.sandbox());
        try {
            Process p = traced.start("t.py", """
                    import threading
                    t = threading.Thread(target=print, args=('hola',), name='saludador')
                    t.start()
                    t.join()
                    """, new String[0]);
            traced.runToCompletion(p);
            assertThat(events).filteredOn(org.enchufe.events.ThreadEvent.class::isInstance)
                    .extracting(e -> (org.enchufe.events.ThreadEvent) e)
                    .extracting(org.enchufe.events.ThreadEvent::tid, org.enchufe.events.ThreadEvent::name,
                            org.enchufe.events.ThreadEvent::change)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(1001, "saludador", org.enchufe.events.ThreadEvent.Change.STARTED),
                            org.assertj.core.groups.Tuple.tuple(1001, "saludador", org.enchufe.events.ThreadEvent.Change.ENDED));
        } finally {
            traced.dispose();
        }
    }

    @Test
    void anExceptionEndsItsThreadOnlyAndIsReportedWithTheThreadsName() {
        Process p = sandbox.start("t.py", """
                import threading
                def falla():
                    1 / 0
                t = threading.Thread(target=falla)
                t.start()
                t.join()
                print('el proceso sigue')
                """, new String[0]);
        assertThat(sandbox.runToCompletion(p)).isZero();
        assertThat(console.stdout.toString()).isEqualTo("el proceso sigue\n");
        assertThat(console.stderr.toString()).startsWith("Exception in thread Thread-1 (falla):\nTraceback (most recent call last):\n")
                .endsWith("ZeroDivisionError: division by zero\n");
    }

    @Test
    void theProcessWaitsForItsThreadsButNotForDaemons() {
        Process p = sandbox.start("t.py", """
                import threading, time
                threading.Thread(target=time.sleep, args=(60,), daemon=True).start()
                def tarde():
                    time.sleep(0.1)
                    print('hilo al final')
                threading.Thread(target=tarde).start()
                print('main termina')
                """, new String[0]);
        assertThat(sandbox.runToCompletion(p)).isZero();
        assertThat(console.stdout.toString()).isEqualTo("main termina\nhilo al final\n");
    }

    @Test
    void threadsThatWaitForEachOtherForEverAreADeadlockNotAHang() {
        Process p = sandbox.start("t.py", """
                import threading
                a = threading.Lock()
                a.acquire()
                try:
                    a.acquire()
                except RuntimeError as e:
                    print(e)
                """, new String[0]);
        assertThat(sandbox.runToCompletion(p)).isZero();
        assertThat(console.stdout.toString()).isEqualTo("every process of the sandbox is waiting: deadlock\n");
    }
}
