package org.enchufe.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.enchufe.lang.vm.Interpreter;
import org.enchufe.lang.vm.Limits;
import org.enchufe.lang.vm.ThreadState;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated sources never escape as Java exceptions: each one is a Python SyntaxError
 * or runs (within a budget) to a normal end or a Python exception.
 */
class FuzzTest {

    private static final String[] FRAGMENTS = {
        "x", "=", "(", ")", "[", "]", "{", "}", ":", ",", "\n", "    ", "if", "else", "for", "in", "while", "def", "class",
        "return", "1", "2.5", "'s'", "b'b'", "f'{x}'", "+", "-", "*", "/", "//", "%", "**", "lambda", "yield", "try",
        "except", "finally", "with", "as", "import", "sys", "not", "and", "or", "None", "True", ".", "print", "len",
        "\"\"\"", "#", "\\", "@", "->", ":=", "...", "*args", "**kw", "global", "nonlocal", "del", "raise", "assert",
    };

    private static final String INSERTS = "()[]{}:'\"\n\t #\\=.,*";

    @Test
    void randomTokenSoupNeverEscapesAsAJavaException() {
        Random random = new Random(20261124);
        for (int n = 0; n < 3_000; n++) {
            StringBuilder source = new StringBuilder();
            int length = 1 + random.nextInt(40);
            for (int i = 0; i < length; i++) {
                source.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]).append(random.nextBoolean() ? " " : "");
            }
            compileAndRun(source.toString());
        }
    }

    @Test
    void mutatedCorpusProgramsNeverEscapeAsJavaExceptions() throws IOException {
        List<String> programs = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/python"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".py")).sorted().toList()) {
                programs.add(Files.readString(p));
            }
        }
        Random random = new Random(7);
        for (int n = 0; n < 2_000; n++) {
            char[] text = programs.get(random.nextInt(programs.size())).toCharArray();
            int edits = 1 + random.nextInt(4);
            StringBuilder mutated = new StringBuilder(new String(text));
            for (int e = 0; e < edits && !mutated.isEmpty(); e++) {
                int at = random.nextInt(mutated.length());
                switch (random.nextInt(3)) {
                    case 0 -> mutated.deleteCharAt(at);
                    case 1 -> mutated.insert(at, INSERTS.charAt(random.nextInt(INSERTS.length())));
                    default -> mutated.setCharAt(at, (char) (32 + random.nextInt(95)));
                }
            }
            compileAndRun(mutated.toString());
        }
    }

    private static void compileAndRun(String source) {
        Code code;
        try {
            code = Compiler.compileModule(source, "fuzz.py");
        } catch (PySyntaxError expected) {
            if (!expected.kind().equals("MemoryError")) {
                // Source nested too deep is a bare MemoryError, as CPython's parser gives.
                assertThat(expected.getMessage()).isNotBlank();
            }
            return;
        }
        String first = run(source, code, -1);
        String second = run(source, code, 0);
        // The second tier compiling every function at once must not change a thing: the same
        // output, the same ending, the same instructions counted.
        assertThat(second).as("second tier, for source:%n%s", source).isEqualTo(first);
    }

    /** Runs the program for 20 000 instructions; returns what it printed, how it ended and what it counted. */
    private static String run(String source, Code code, int jitThreshold) {
        StringBuilder out = new StringBuilder();
        Interpreter in = new Interpreter(out::append, out::append, new Limits(0, 200, 16L << 20, 1 << 20));
        in.setJitThreshold(jitThreshold);
        ThreadState main = in.startMain(code);
        Interpreter.Outcome outcome = in.run(main, 20_000);
        // Finished, blocked on input, or still going when the budget ran out: all are fine, but a
        // bug of ours surfacing as SystemError is not.
        assertThat(outcome).isNotNull();
        if (main.uncaught() != null) {
            assertThat(main.uncaught().type().name()).as("for source:%n%s%n%s", source, main.uncaught().messageForJava())
                    .isNotEqualTo("SystemError");
            out.append("\n! ").append(main.uncaught().type().name()).append(": ").append(main.uncaught().messageForJava());
        }
        return out.append("\n").append(outcome).append(" after ").append(in.instructions()).toString();
    }
}
