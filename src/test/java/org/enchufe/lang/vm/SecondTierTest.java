package org.enchufe.lang.vm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.enchufe.lang.Code;
import org.enchufe.lang.Compiler;
import org.enchufe.lang.runtime.PyFunction;
import org.enchufe.lang.runtime.PyStr;
import org.junit.jupiter.api.Test;

/**
 * The second tier (JitCompiler) runs a function's instructions as JVM code, and hands the thread
 * back to the run loop wherever the first tier would stop: at the budget's end, in a blocking
 * call, when it raises, in step mode. These tests compare both tiers where they meet; the
 * differential suite also runs every program with everything compiled at once, and ForkTest
 * forks a thread stopped inside compiled recursion.
 */
class SecondTierTest {

    private static final String WORK = """
            def add(a, b):
                return a + b

            def fib(n):
                return n if n < 2 else fib(n - 1) + fib(n - 2)

            def work(n):
                total = 0
                counts = {}
                for i in range(n):
                    total = add(total, i)
                    counts[i % 3] = counts.get(i % 3, 0) + 1
                return total, fib(15), sorted(counts.items())

            print(work(3000))
            """;

    @Test
    void aHotFunctionIsCompiledAndComputesWhatTheFirstTierComputes() {
        Run first = run(WORK, -1, 1_000_000);
        Run second = run(WORK, 0, 1_000_000);

        assertThat(second.out).isEqualTo(first.out).isEqualTo("(4498500, 610, [(0, 1000), (1, 1000), (2, 1000)])\n");
        assertThat(code(second.in, "work").compiled).isInstanceOf(Compiled.class);
        assertThat(code(second.in, "fib").compiled).isInstanceOf(Compiled.class);
        assertThat(code(first.in, "work").compiled).isNull();
    }

    @Test
    void programsWithTheSameFunctionShareOneCompiledClass() {
        // A class running the same exercise: each program compiles its own code objects, the
        // JVM compiles the function's class once.
        Run one = run(WORK, 0, 1_000_000);
        Run other = run(WORK.replace("print(work(3000))", "print(work(10))"), 0, 1_000_000);
        assertThat(code(other.in, "fib")).isNotSameAs(code(one.in, "fib"));
        assertThat(code(other.in, "fib").compiled).isSameAs(code(one.in, "fib").compiled);
        assertThat(code(other.in, "add").compiled).isNotSameAs(code(one.in, "fib").compiled);
    }

    @Test
    void bothTiersCountTheSameInstructionsWhateverTheSlices() {
        long expected = run(WORK, -1, 1_000_000).in.instructions();
        for (long slice : new long[] {1, 2, 3, 7, 100, 1_000_000}) {
            assertThat(run(WORK, 0, slice).in.instructions()).as("slice %d", slice).isEqualTo(expected);
        }
    }

    @Test
    void anExceptionInCompiledCodeHasTheFirstTiersTraceback() {
        String program = """
                def inner(d, k):
                    return d[k]

                def outer(d):
                    total = 0
                    for k in [1, 2, 3]:
                        total += inner(d, k)
                    return total

                try:
                    outer({1: 1, 2: 2})
                except KeyError as e:
                    print(repr(e))
                outer({1: 1})
                """;
        Run first = run(program, -1, 1_000_000);
        Run second = run(program, 0, 5);
        assertThat(second.out).isEqualTo(first.out).isEqualTo("KeyError(3)\n");
        assertThat(second.err).isEqualTo(first.err).contains("line 7, in outer", "line 2, in inner", "KeyError: 2");
    }

    private static final String HANDLERS = """
            class Box:
                def __init__(self, value):
                    self.value = value

            class Quiet:
                def __enter__(self):
                    return self
                def __exit__(self, kind, value, tb):
                    return kind is ZeroDivisionError

            def risky(i):
                boxes = []
                failures = 0
                for j in range(i):
                    try:
                        boxes.append(Box(10 // (j % 4)))
                    except ZeroDivisionError as e:
                        failures += 1
                    finally:
                        boxes.append(None)
                    with Quiet():
                        boxes.append(1 / (j % 3))
                return len(boxes), failures

            total = 0
            for i in range(60):
                n, f = risky(i)
                total += n * 1000 + f
            print(total)
            """;

    @Test
    void handlersWithBlocksAndNewObjectsInCompiledCodeBehaveAsInTheFirstTier() {
        Run first = run(HANDLERS, -1, 1_000_000);
        assertThat(first.out).isEqualTo("4235465\n");
        for (long slice : new long[] {1, 5, 1_000_000}) {
            Run second = run(HANDLERS, 0, slice);
            assertThat(second.out).as("slice %d", slice).isEqualTo(first.out);
            assertThat(second.in.instructions()).as("slice %d", slice).isEqualTo(first.in.instructions());
            assertThat(code(second.in, "risky").compiled).isInstanceOf(Compiled.class);
        }
    }

    @Test
    void aBlockingCallInCompiledCodeSuspendsTheThreadAndResumesIt() {
        String program = """
                def ask(prompt):
                    return input(prompt) + "!"

                def loop():
                    got = []
                    for i in range(3):
                        got.append(ask(str(i)))
                    return got

                print(loop())
                """;
        StringBuilder out = new StringBuilder();
        Interpreter in = new Interpreter(out::append, text -> { }, Limits.cli());
        in.setJitThreshold(0);
        ThreadState main = in.startMain(Compiler.compileModule(program, "ask.py"));
        List<String> lines = new ArrayList<>();
        Interpreter.Outcome outcome;
        while ((outcome = in.run(main, 1_000)) != Interpreter.Outcome.FINISHED) {
            if (outcome == Interpreter.Outcome.BLOCKED) {
                assertThat(main.suspension()).isInstanceOf(Suspension.ReadLine.class);
                lines.add(String.valueOf(main.line()));
                main.resume(PyStr.of("x" + lines.size()));
            }
        }
        assertThat(lines).hasSize(3);
        assertThat(out).hasToString("012['x1!', 'x2!', 'x3!']\n");
        assertThat(code(in, "ask").compiled).isInstanceOf(Compiled.class);
    }

    @Test
    void aProgramGetsAtMostAHundredCompiledFunctionsAndTheRestStillRun() {
        StringBuilder program = new StringBuilder("total = 0\n");
        for (int i = 0; i < 130; i++) {
            program.append("def f").append(i).append("(x):\n    return x + ").append(i).append("\n");
            program.append("total = f").append(i).append("(total)\n");
        }
        program.append("print(total)\n");
        Run run = run(program.toString(), 0, 1_000);

        assertThat(run.out).isEqualTo("8385\n");
        long compiled = java.util.stream.IntStream.range(0, 130)
                .filter(i -> code(run.in, "f" + i).compiled instanceof Compiled).count();
        assertThat(compiled).isEqualTo(JitCompiler.MAX_FUNCTIONS);
    }

    @Test
    void stepModeVisitsTheSameLinesInCompiledFunctions() {
        assertThat(steppedLines(0)).isEqualTo(steppedLines(-1)).hasSize(27);
    }

    private static List<Integer> steppedLines(int jitThreshold) {
        String program = """
                def double(x):
                    y = x * 2
                    return y
                total = 0
                for i in range(6):
                    total += double(i)
                print(total)
                """;
        Interpreter in = new Interpreter(text -> { }, text -> { }, Limits.cli());
        in.setJitThreshold(jitThreshold);
        ThreadState main = in.startMain(Compiler.compileModule(program, "step.py"));
        List<Integer> lines = new ArrayList<>();
        while (in.stepLine(main, 10_000) != Interpreter.Outcome.FINISHED) {
            lines.add(main.line());
        }
        return lines;
    }

    private record Run(Interpreter in, String out, String err) {
    }

    private static Run run(String program, int jitThreshold, long slice) {
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        Interpreter in = new Interpreter(out::append, err::append, Limits.cli());
        in.setJitThreshold(jitThreshold);
        in.addSource("tier.py", program);
        ThreadState main = in.startMain(Compiler.compileModule(program, "tier.py"));
        while (in.run(main, slice) != Interpreter.Outcome.FINISHED) {
            assertThat(main.status()).isNotEqualTo(ThreadState.Status.BLOCKED);
        }
        if (main.uncaught() != null) {
            err.append(Tracebacks.format(in, main.uncaught()));
        }
        return new Run(in, out.toString(), err.toString());
    }

    private static Code code(Interpreter in, String function) {
        return ((PyFunction) in.modules().get("__main__").dict().getStr(function)).code();
    }
}
