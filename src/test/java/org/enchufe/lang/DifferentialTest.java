package org.enchufe.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every program under src/test/resources/python runs through Enchufe's Python and must print
 * what CPython printed (recorded beside it by build/regenerate-python-expectations.py): the same
 * stdout, the same exit code, and the same stderr to the character — tracebacks with their source
 * lines and the ^^^/~~~ carets under them, SyntaxErrors, warnings and error messages.
 */
class DifferentialTest {

    static final Path CORPUS = Path.of("src/test/resources/python");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TestFactory
    Stream<DynamicTest> everyProgramPrintsWhatCPythonPrints() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
        }
    }

    /**
     * The same programs with every function compiled by the VM's second tier on its first call,
     * run in slices of a few instructions: each slice ends inside compiled code, which must hand
     * the thread back to the run loop and be entered again without changing a character.
     */
    @TestFactory
    Stream<DynamicTest> everyProgramPrintsTheSameInTheSecondTier() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p, 0)));
        }
    }

    private static void check(Path program) throws IOException {
        check(program, -1);
    }

    /** Runs {@code program} (with the second tier from the given threshold, if not negative) and compares. */
    private static void check(Path program, int jitThreshold) throws IOException {
        String name = program.getFileName().toString();
        String base = name.substring(0, name.length() - 3);
        JsonNode expected = JSON.readTree(Files.readString(CORPUS.resolve(base + ".expected.json")));
        Path stdinFile = CORPUS.resolve(base + ".stdin");
        String stdin = Files.exists(stdinFile) ? Files.readString(stdinFile) : "";
        Result actual = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> run(name, Files.readString(program), stdin, jitThreshold));

        assertThat(actual.stdout).as("stdout of %s", name).isEqualTo(expected.get("stdout").asString());
        assertThat(actual.stderr).as("stderr of %s", name).isEqualTo(expected.get("stderr").asString());
        assertThat(actual.exit).as("exit code of %s", name).isEqualTo(expected.get("exit").asInt());
    }

    record Result(String stdout, String stderr, int exit) {
    }

    static Result run(String filename, String source, String stdin) {
        return run(filename, source, stdin, -1);
    }

    static Result run(String filename, String source, String stdin, int jitThreshold) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream outStream = new PrintStream(out, false, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, false, StandardCharsets.UTF_8);
        Script script = new Script(filename, source);
        if (jitThreshold >= 0) {
            script.tuned(7, jitThreshold);
        }
        int exit = script.run(new String[0], new BufferedReader(new StringReader(stdin)), outStream, errStream);
        outStream.flush();
        errStream.flush();
        return new Result(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), exit);
    }
}
