package org.enchufe.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.enchufe.lang.vm.Limits;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The programs that need the kernel (fork, wait, os.write…), under src/test/resources/python-kernel,
 * run in a sandbox and must print exactly what CPython printed (recorded beside them by
 * build/regenerate-python-expectations.py). Processes share one console, as in a terminal. The
 * sandbox's clock is a {@link ManualClock} that moves when the sandbox is idle, so no output depends
 * on how loaded the machine is.
 */
class KernelDifferentialTest {

    static final Path CORPUS = Path.of("src/test/resources/python-kernel");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TestFactory
    Stream<DynamicTest> everyProgramPrintsWhatCPythonPrints() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
        }
    }

    /** The same programs with every function compiled by the VM's second tier on its first call. */
    @TestFactory
    Stream<DynamicTest> everyProgramPrintsTheSameInTheSecondTier() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p, 0)));
        }
    }

    private static void check(Path program) throws IOException {
        check(program, null);
    }

    private static void check(Path program, Integer jitThreshold) throws IOException {
        String name = program.getFileName().toString();
        JsonNode expected = JSON.readTree(Files.readString(CORPUS.resolve(name.replace(".py", ".expected.json"))));
        String source = Files.readString(program);
        RecordingConsole console = new RecordingConsole();
        int exit = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            // The clock moves to the next timer only when nothing else can happen: a program that
            // times its own timeout, or staggers clients with sleeps, prints the same on a loaded machine.
            Sandbox sandbox = new Sandbox(console, event -> { }, Limits.cli(), KernelLimits.sandbox(),
                    org.enchufe.kernel.net.Topology.DEFAULT, ManualClock.advancingWhenIdle());
            if (jitThreshold != null) {
                sandbox.setJitThreshold(jitThreshold);
            }
            return sandbox.runToCompletion(sandbox.start(name, source, new String[0]));
        });

        assertThat(console.stdout.toString()).as("stdout of %s", name).isEqualTo(expected.get("stdout").asString());
        assertThat(console.stderr.toString()).as("stderr of %s", name).isEqualTo(expected.get("stderr").asString());
        assertThat(exit).as("exit code of %s", name).isEqualTo(expected.get("exit").asInt());
    }

    /** A console that keeps what every process wrote, in order, and has no input. */
    static final class RecordingConsole implements Sandbox.Console {
        final StringBuilder stdout = new StringBuilder();
        final StringBuilder stderr = new StringBuilder();

        @Override
        public void write(int pid, String stream, String text) {
            (stream.equals("stderr") ? stderr : stdout).append(text);
        }

        @Override
        public String readLine(int pid) {
            return null;
        }
    }
}
