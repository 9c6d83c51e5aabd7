package org.enchufe.lang.vm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.enchufe.lang.Compiler;
import org.enchufe.lang.runtime.PyStr;
import org.junit.jupiter.api.Test;

/**
 * A call that blocks in Python code a builtin called (a generator list() consumes, a sort key)
 * waits there as it would in plain code: the thread is BLOCKED with the call's suspension, the
 * host resumes it, and the builtin goes on where it was (see Parking). Counting, stepping and
 * the memory meter see it as they see any blocked thread.
 */
class BlockingUnderBuiltinsTest {

    private static final String NAMES = """
            def names():
                while True:
                    name = input()
                    if not name:
                        return
                    yield name
            print(sorted(names(), key=len))
            print('fin')
            """;

    /** Runs {@code main} to its end, answering each input() with the next of {@code lines}. */
    private static List<Integer> runAnswering(Interpreter in, ThreadState main, String... lines) {
        List<Integer> waitedAt = new ArrayList<>();
        int next = 0;
        while (true) {
            Interpreter.Outcome outcome = in.run(main, 100_000);
            if (outcome == Interpreter.Outcome.FINISHED) {
                return waitedAt;
            }
            if (outcome == Interpreter.Outcome.BLOCKED) {
                assertThat(main.suspension()).isInstanceOf(Suspension.ReadLine.class);
                waitedAt.add(main.callLine());
                main.resume(PyStr.of(next < lines.length ? lines[next++] : ""));
            }
        }
    }

    @Test
    void aGeneratorThatWaitsUnderSortedIsResumedWhereItWaited() {
        StringBuilder out = new StringBuilder();
        Interpreter in = new Interpreter(out::append, text -> { }, Limits.cli());
        ThreadState main = in.startMain(Compiler.compileModule(NAMES, "names.py"));

        List<Integer> waitedAt = runAnswering(in, main, "tres", "a", "dos");

        assertThat(out).hasToString("['a', 'dos', 'tres']\nfin\n");
        // The thread is seen waiting in input(), inside the generator, not at sorted()'s line.
        assertThat(waitedAt).containsExactly(3, 3, 3, 3);
        assertThat(main.uncaught()).isNull();
    }

    @Test
    void bothTiersCountTheSameInstructionsAcrossAWait() {
        long[] counts = new long[2];
        for (int tier = 0; tier < 2; tier++) {
            Interpreter in = new Interpreter(text -> { }, text -> { }, Limits.cli());
            in.setJitThreshold(tier == 0 ? -1 : 0);
            ThreadState main = in.startMain(Compiler.compileModule(NAMES, "names.py"));
            runAnswering(in, main, "tres", "a", "dos");
            counts[tier] = in.instructions();
        }
        assertThat(counts[1]).isEqualTo(counts[0]);
    }

    @Test
    void anExceptionTheHostResumesWithComesOutOfTheBuiltin() {
        StringBuilder out = new StringBuilder();
        Interpreter in = new Interpreter(out::append, text -> { }, Limits.cli());
        ThreadState main = in.startMain(Compiler.compileModule("""
                def names():
                    yield input()
                try:
                    list(names())
                except EOFError as e:
                    print('EOFError:', e)
                """, "eof.py"));
        assertThat(in.run(main, 100_000)).isEqualTo(Interpreter.Outcome.BLOCKED);
        main.resumeWithError(org.enchufe.lang.runtime.PyException.of(org.enchufe.lang.runtime.ExceptionTypes.EOF_ERROR,
                "EOF when reading a line"));
        assertThat(in.run(main, 100_000)).isEqualTo(Interpreter.Outcome.FINISHED);
        assertThat(out).hasToString("EOFError: EOF when reading a line\n");
    }

    @Test
    void stepModeGoesOnAfterAWaitUnderABuiltin() {
        StringBuilder out = new StringBuilder();
        Interpreter in = new Interpreter(out::append, text -> { }, Limits.cli());
        ThreadState main = in.startMain(Compiler.compileModule("x = list(map(str.upper, iter(input, '')))\ny = len(x)\nprint(y)\n",
                "step.py"));
        List<Integer> lines = new ArrayList<>();
        int answered = 0;
        while (true) {
            Interpreter.Outcome outcome = in.stepLine(main, 10_000);
            if (outcome == Interpreter.Outcome.FINISHED) {
                break;
            }
            if (outcome == Interpreter.Outcome.BLOCKED) {
                main.resume(PyStr.of(answered++ < 2 ? "l" + answered : ""));
            } else {
                lines.add(main.line());
            }
        }
        assertThat(out).hasToString("2\n");
        assertThat(lines).containsSubsequence(2, 3);
    }

    @Test
    void theMemoryMeterSeesWhatAParkedGeneratorHolds() {
        Interpreter in = new Interpreter(text -> { }, text -> { }, Limits.cli());
        ThreadState main = in.startMain(Compiler.compileModule("""
                def g():
                    big = [None] * 1_000_000
                    yield input()
                print(list(g()))
                """, "big.py"));
        assertThat(in.run(main, 100_000)).isEqualTo(Interpreter.Outcome.BLOCKED);
        // The list's array alone is four bytes a slot.
        assertThat(in.liveBytes()).isGreaterThan(4_000_000);
        main.resume(PyStr.of("x"));
        assertThat(in.run(main, 100_000)).isEqualTo(Interpreter.Outcome.FINISHED);
    }
}
