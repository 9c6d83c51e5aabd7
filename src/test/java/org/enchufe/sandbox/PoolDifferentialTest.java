package org.enchufe.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.enchufe.events.ConsoleEvent;
import org.enchufe.events.Event;
import org.enchufe.events.ProcessEvent;
import org.enchufe.kernel.KernelLimits;
import org.enchufe.kernel.ManualClock;
import org.enchufe.kernel.Process;
import org.enchufe.lang.vm.Limits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The kernel's differential programs (src/test/resources/python-kernel, also run by
 * KernelDifferentialTest through the CLI's loop) through the path the server uses: a
 * {@link SandboxPool}'s workers, its shared selector and its timers. Each must print what CPython
 * printed, in both tiers; the console is the stream of console events, in order.
 */
class PoolDifferentialTest {

    private static final Path CORPUS = Path.of("src/test/resources/python-kernel");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    // Each sandbox's clock jumps to its next timer when it is idle: a program timing its own
    // timeouts prints the same on a loaded machine (KernelDifferentialTest keeps the real clock).
    private static final SandboxPool POOL = new SandboxPool(
            new SandboxPool.Settings(2, 50, Duration.ofMinutes(5), Limits.cli(), KernelLimits.sandbox()),
            ManualClock::advancingWhenIdle);
    private static final AtomicInteger OWNERS = new AtomicInteger();

    @AfterAll
    static void close() {
        POOL.close();
    }

    @TestFactory
    Stream<DynamicTest> everyProgramPrintsWhatCPythonPrintsThroughThePool() throws IOException {
        return programs().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p, null)));
    }

    @TestFactory
    Stream<DynamicTest> everyProgramPrintsTheSameInTheSecondTierThroughThePool() throws IOException {
        return programs().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p, 0)));
    }

    private static Stream<Path> programs() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted().toList().stream();
        }
    }

    private static void check(Path program, Integer jitThreshold) throws Exception {
        String name = program.getFileName().toString();
        JsonNode expected = JSON.readTree(Files.readString(CORPUS.resolve(name.replace(".py", ".expected.json"))));
        String source = Files.readString(program);
        Run run = new Run();
        String owner = "differential-" + OWNERS.incrementAndGet();
        LiveSandbox box = POOL.open(owner, run::see);
        try {
            int pid = box.submit(s -> {
                if (jitThreshold != null) {
                    s.setJitThreshold(jitThreshold);
                }
                return s.start(name, source, new String[0]).pid();
            }).get(20, TimeUnit.SECONDS);
            // As the CLI's console does, the program reads end of input at once.
            box.endOfInput(pid);
            int status = run.firstStatus.get(20, TimeUnit.SECONDS);

            assertThat(run.stdout.toString()).as("stdout of %s", name).isEqualTo(expected.get("stdout").asString());
            assertThat(run.stderr.toString()).as("stderr of %s", name).isEqualTo(expected.get("stderr").asString());
            assertThat(Process.shellExitCode(status)).as("exit code of %s", name).isEqualTo(expected.get("exit").asInt());
        } finally {
            POOL.dispose(owner).get(20, TimeUnit.SECONDS);
        }
    }

    /**
     * What one program's sandbox said, from the worker that drives it: what every process wrote,
     * and the first process's wait status once every process has ended.
     */
    private static final class Run {
        final StringBuilder stdout = new StringBuilder();
        final StringBuilder stderr = new StringBuilder();
        final CompletableFuture<Integer> firstStatus = new CompletableFuture<>();
        private final Set<Integer> alive = new HashSet<>();
        private int first = -1;
        private int status;

        synchronized void see(Event event) {
            switch (event) {
                case ConsoleEvent c when c.stream().equals("stdout") -> stdout.append(c.text());
                case ConsoleEvent c when c.stream().equals("stderr") -> stderr.append(c.text());
                case ProcessEvent p when p.change() == ProcessEvent.Change.CREATED || p.change() == ProcessEvent.Change.FORKED -> {
                    first = first < 0 ? p.pid() : first;
                    alive.add(p.pid());
                }
                case ProcessEvent p when p.change() == ProcessEvent.Change.EXITED -> {
                    status = p.pid() == first ? p.status() : status;
                    alive.remove(p.pid());
                    if (alive.isEmpty()) {
                        firstStatus.complete(status);
                    }
                }
                default -> { }
            }
        }
    }
}
