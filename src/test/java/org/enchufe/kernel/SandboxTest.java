package org.enchufe.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.enchufe.events.ConsoleEvent;
import org.enchufe.events.Event;
import org.enchufe.events.ProcessEvent;
import org.enchufe.lang.vm.Limits;
import org.junit.jupiter.api.Test;

class SandboxTest {

    private final List<Event> events = new ArrayList<>();
    private final KernelDifferentialTest.RecordingConsole console = new KernelDifferentialTest.RecordingConsole();
    // The clock moves only when the sandbox is idle: the parent's 50 ms sleep outlasts its child however slow the machine.
    private final Sandbox sandbox = new Sandbox(console, events::add, Limits.sandbox(), KernelLimits.sandbox(), org.enchufe.kernel.net.Topology.DEFAULT,
            ManualClock.advancingWhenIdle());

    @Test
    void forkAndWaitAreEventsInTheOrderTheyHappen() {
        Process parent = sandbox.start("f.py", """
                import os
                pid = os.fork()
                if pid == 0:
                    os._exit(7)
                os.wait()
                """, new String[0]);
        sandbox.runToCompletion(parent);

        List<String> lifecycle = events.stream().filter(ProcessEvent.class::isInstance).map(ProcessEvent.class::cast)
                .map(e -> e.change() + ":" + (e.pid() == parent.pid() ? "parent" : "child") + ":" + e.status()).toList();
        assertThat(lifecycle).containsExactly("CREATED:parent:0", "FORKED:child:0", "EXITED:child:1792", "REAPED:child:1792",
                "EXITED:parent:0");
        assertThat(events).extracting(Event::seq).isSorted();
    }

    @Test
    void aChildNobodyWaitsForStaysAZombieUntilItsParentEnds() {
        Process parent = sandbox.start("z.py", """
                import os, time
                pid = os.fork()
                if pid == 0:
                    os._exit(0)
                time.sleep(0.05)
                """, new String[0]);
        while (sandbox.processes().size() < 2 || sandbox.processes().values().stream().noneMatch(Process::ended)) {
            sandbox.runOnce();
        }
        Process child = sandbox.processes().values().stream().filter(p -> p != parent).findFirst().orElseThrow();
        assertThat(child.state()).isEqualTo(ProcessState.ZOMBIE);
        assertThat(parent.state()).isNotIn(ProcessState.ZOMBIE, ProcessState.EXITED);

        sandbox.runToCompletion(parent);
        assertThat(child.state()).isEqualTo(ProcessState.EXITED);
    }

    @Test
    void consoleOutputIsAnEventOfTheProcessThatWroteIt() {
        Process p = sandbox.start("c.py", "print('hola')\nimport sys\nprint('error', file=sys.stderr)\n", new String[0]);
        sandbox.runToCompletion(p);

        assertThat(events).filteredOn(ConsoleEvent.class::isInstance).map(e -> (ConsoleEvent) e)
                .extracting(e -> e.pid() + " " + e.stream() + " " + e.text().strip())
                .containsExactly(p.pid() + " stdout hola", p.pid() + " stderr error");
    }

    @Test
    void aSyntaxErrorEndsTheProcessWithStatusOne() {
        Process p = sandbox.start("s.py", "if True\n", new String[0]);

        assertThat(sandbox.runToCompletion(p)).isEqualTo(1);
        assertThat(console.stderr.toString()).endsWith("SyntaxError: expected ':'\n");
    }

    @Test
    void forkedProcessesGetTheirOwnDescriptorTables() {
        Process parent = sandbox.start("d.py", """
                import os
                pid = os.fork()
                if pid == 0:
                    os.close(2)
                    os._exit(0)
                os.wait()
                print(os.write(2, b""))
                """, new String[0]);
        sandbox.runToCompletion(parent);

        assertThat(console.stdout.toString()).isEqualTo("0\n");
        assertThat(parent.descriptors().view()).isEmpty();
    }
}
