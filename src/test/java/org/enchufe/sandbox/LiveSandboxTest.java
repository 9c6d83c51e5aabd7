package org.enchufe.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.enchufe.sandbox.PoolEvents.console;
import static org.enchufe.sandbox.PoolEvents.exited;
import static org.enchufe.sandbox.PoolEvents.stateOf;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.enchufe.events.Event;
import org.enchufe.kernel.KernelLimits;
import org.enchufe.kernel.ProcessState;
import org.enchufe.kernel.net.Topology;
import org.enchufe.lang.vm.Limits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The one command surface every caller drives a sandbox by: what each command does, and what it refuses. */
class LiveSandboxTest {

    private final SandboxPool pool = new SandboxPool(
            new SandboxPool.Settings(1, 10, Duration.ofMinutes(5), Limits.sandbox(), KernelLimits.sandbox()));
    private final List<Event> events = new CopyOnWriteArrayList<>();

    private static final Topology TWO_HOSTS = Topology.parse("""
            name: dos
            domain: lab
            networks:
              - {name: lan, cidr: 172.25.4.0/24}
            hosts:
              - {name: cliente, addresses: [172.25.4.2]}
              - {name: servidor, addresses: [172.25.4.4]}
            """);

    @AfterEach
    void close() {
        pool.close();
    }

    private static <T> T done(CompletableFuture<T> command) throws Exception {
        return command.get(10, TimeUnit.SECONDS);
    }

    private static Refused refusal(CompletableFuture<?> command) {
        Throwable[] cause = new Throwable[1];
        assertThatThrownBy(() -> command.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .satisfies(e -> cause[0] = e.getCause());
        assertThat(cause[0]).isInstanceOf(Refused.class);
        return (Refused) cause[0];
    }

    @Test
    void aProgramRunsOnTheHostNamedAndTheSnapshotShowsWhere() throws Exception {
        LiveSandbox box = pool.open("hosts", events::add, TWO_HOSTS, "10.0.0.1");
        int pid = done(box.run(new Program("h.py", "import socket\nprint(socket.gethostname())\n", "servidor", false)));
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> exited(events, pid));
        assertThat(console(events, "stdout")).isEqualTo("servidor\n");
        assertThat(done(box.snapshot()).processes()).anySatisfy(p -> {
            assertThat(p.pid()).isEqualTo(pid);
            assertThat(p.host()).isEqualTo("servidor");
        });
    }

    @Test
    void aHostTheTopologyHasNotIsRefused() {
        LiveSandbox box = pool.open("nohost", events::add);
        Refused refused = refusal(box.run(new Program("h.py", "print(1)\n", "marte", false)));
        assertThat(refused.code()).isEqualTo("no-such-host");
        assertThat(refused.args()).isEqualTo(Map.of("host", "marte"));
    }

    @Test
    void aSteppedProgramWaitsBeforeItsFirstLineAndMovesALineAStep() throws Exception {
        LiveSandbox box = pool.open("steps", events::add);
        int pid = done(box.run(new Program("p.py", "a = 1\nb = 2\nprint(a + b)\n", null, true)));
        assertThat(done(box.step(pid))).isEqualTo(2);
        assertThat(done(box.step(pid))).isEqualTo(3);
        assertThat(done(box.resume(pid))).isTrue();
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> exited(events, pid));
        assertThat(console(events, "stdout")).isEqualTo("3\n");
    }

    @Test
    void aLineTypedAndThenEndOfInputReachTheProgram() throws Exception {
        LiveSandbox box = pool.open("typing", events::add);
        int pid = done(box.run(Program.of("e.py", "print(input())\ntry:\n    input()\nexcept EOFError:\n    print('fin')\n")));
        assertThat(done(box.type(pid, "hola"))).isTrue();
        assertThat(done(box.endOfInput(pid))).isTrue();
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> exited(events, pid));
        assertThat(console(events, "stdout")).isEqualTo("hola\nfin\n");
    }

    @Test
    void aCommandOnAnEndedProcessIsRefusedButKillingItAgainIsNot() throws Exception {
        LiveSandbox box = pool.open("ended", events::add);
        int pid = done(box.run(Program.of("fin.py", "pass\n")));
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> exited(events, pid));
        for (CompletableFuture<?> command : List.of(box.step(pid), box.stop(pid), box.resume(pid), box.type(pid, "x"),
                box.endOfInput(pid))) {
            Refused refused = refusal(command);
            assertThat(refused.code()).isEqualTo("no-such-process");
            assertThat(refused.args()).isEqualTo(Map.of("pid", pid));
        }
        assertThat(done(box.kill(pid))).isTrue();
        assertThat(done(box.interrupt(pid))).isTrue();
        assertThat(refusal(box.kill(4242)).code()).isEqualTo("no-such-process");
    }

    @Test
    void killEndsAProcessAsleepInAccept() throws Exception {
        LiveSandbox box = pool.open("kill", events::add);
        int pid = done(box.run(Program.of("s.py", "import socket\ns = socket.socket()\ns.bind(('', 5000))\ns.listen()\ns.accept()\n")));
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> stateOf(box, pid) == ProcessState.BLOCKED);
        assertThat(done(box.settled())).as("asleep in accept, nothing on its way").isTrue();
        assertThat(done(box.kill(pid))).isTrue();
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> exited(events, pid));
    }

    @Test
    void anInteractiveCallRunsInTheFilesOwnProcessAndSaysHowItEnded() throws Exception {
        LiveSandbox box = pool.open("calls", events::add);
        String source = "x = 41\nx += 1\nprint(x)\n1 / 0\n";
        LiveSandbox.Call first = done(box.call("i.py", source, 1, 1, null));
        assertThat(done(first.ending())).isTrue();
        LiveSandbox.Call second = done(box.call("i.py", source, 2, 3, null));
        assertThat(second.pid()).isEqualTo(first.pid());
        assertThat(done(second.ending())).isTrue();
        assertThat(done(done(box.call("i.py", source, 4, 4, null)).ending())).as("it raised").isFalse();
        assertThat(console(events, "stdout")).isEqualTo("42\n");
    }
}
