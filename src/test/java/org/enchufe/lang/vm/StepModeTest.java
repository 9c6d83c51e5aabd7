package org.enchufe.lang.vm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.enchufe.lang.Compiler;
import org.junit.jupiter.api.Test;

/**
 * Step mode stops at each new source line, following calls into functions, as Python's own line
 * tracing does (returning into the middle of a line is not a new line).
 */
class StepModeTest {

    @Test
    void stepsVisitEveryLineInTheOrderTheProgramRunsThem() {
        String program = """
                def double(x):
                    y = x * 2
                    return y
                a = 1
                b = double(a)
                print(b)
                """;
        StringBuilder out = new StringBuilder();
        Interpreter in = new Interpreter(out::append, text -> { }, Limits.cli());
        ThreadState main = in.startMain(Compiler.compileModule(program, "step.py"));
        List<Integer> lines = new ArrayList<>();
        lines.add(main.line());
        while (in.stepLine(main, 10_000) != Interpreter.Outcome.FINISHED) {
            lines.add(main.line());
        }
        assertThat(lines).containsExactly(1, 4, 5, 2, 3, 6);
        assertThat(out).hasToString("2\n");
    }

    @Test
    void aStepStopsAtABlockingCall() {
        Interpreter in = new Interpreter(text -> { }, text -> { }, Limits.cli());
        ThreadState main = in.startMain(Compiler.compileModule("x = 1\nname = input()\nprint(name)\n", "b.py"));
        assertThat(in.stepLine(main, 10_000)).isEqualTo(Interpreter.Outcome.YIELDED);
        assertThat(main.line()).isEqualTo(2);
        assertThat(in.stepLine(main, 10_000)).isEqualTo(Interpreter.Outcome.BLOCKED);
        assertThat(main.suspension()).isInstanceOf(Suspension.ReadLine.class);
    }
}
