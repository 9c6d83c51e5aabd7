package org.enchufe.lang.vm;

import static org.assertj.core.api.Assertions.assertThat;

import org.enchufe.lang.Code;
import org.enchufe.lang.Compiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A suspended program can be deep-copied, and both copies run on independently: os.fork()'s basis. */
class ForkTest {

    private static final String PROGRAM = """
            total = 0
            items = []
            for i in range(1000):
                total += i
                items.append(i % 7)
            print(total, len(items), sum(items))
            """;

    @Test
    void aProgramCopiedMidLoopFinishesTwiceWithTheSameCorrectResult() {
        StringBuilder parentOut = new StringBuilder();
        Interpreter parent = new Interpreter(parentOut::append, text -> { }, Limits.cli());
        Code code = Compiler.compileModule(PROGRAM, "fork.py");
        ThreadState main = parent.startMain(code);

        assertThat(parent.run(main, 2_000)).isEqualTo(Interpreter.Outcome.YIELDED);
        Forked child = parent.fork(main);
        StringBuilder childOut = new StringBuilder();
        child.interpreter().setOutput(childOut::append, text -> { });

        runToEnd(parent, main);
        runToEnd(child.interpreter(), child.thread());

        assertThat(parentOut).hasToString("499500 1000 2997\n");
        assertThat(childOut).hasToString("499500 1000 2997\n");
    }

    @Test
    void objectsNestedFarDeeperThanAnyStackAreCopiedFromASmallStack() throws InterruptedException {
        String program = """
                a = []
                for i in range(300000):
                    a = [a]
                while True:
                    pass
                """;
        Interpreter parent = new Interpreter(text -> { }, text -> { }, Limits.cli());
        ThreadState main = parent.startMain(Compiler.compileModule(program, "deep.py"));
        assertThat(parent.run(main, 5_000_000)).isEqualTo(Interpreter.Outcome.YIELDED);
        // A worker's stack would overflow copying 300 000 levels; the copy runs on a stack of its own.
        Forked[] child = new Forked[1];
        Thread small = new Thread(null, () -> child[0] = parent.fork(main), "small-stack", 256 * 1024);
        small.start();
        small.join();
        assertThat(child[0]).isNotNull();
        assertThat(child[0].thread()).isNotSameAs(main);
    }

    @Test
    void theCopiesShareNothingMutable() {
        String program = """
                box = [0]
                for i in range(100):
                    box[0] += 1
                print(box)
                """;
        StringBuilder parentOut = new StringBuilder();
        Interpreter parent = new Interpreter(parentOut::append, text -> { }, Limits.cli());
        ThreadState main = parent.startMain(Compiler.compileModule(program, "share.py"));
        parent.run(main, 200);
        Forked child = parent.fork(main);
        StringBuilder childOut = new StringBuilder();
        child.interpreter().setOutput(childOut::append, text -> { });

        // The parent finishes first; had the list been shared, the child would count past 100.
        runToEnd(parent, main);
        runToEnd(child.interpreter(), child.thread());

        assertThat(parentOut).hasToString("[100]\n");
        assertThat(childOut).hasToString("[100]\n");
    }

    /** In both tiers: with the second one (threshold 0), the thread is stopped inside compiled recursion. */
    @ParameterizedTest
    @ValueSource(ints = {-1, 0})
    void aProgramCopiedDeepInRecursionFinishesTwiceWithItsOwnLocals(int jitThreshold) {
        // Nested calls keep their locals in one shared array (the callee's start at the caller's
        // pushed arguments); the copy must give every frame its own slots again.
        String program = """
                def walk(n, acc):
                    mine = [n]
                    if n == 0:
                        return acc
                    result = walk(n - 1, acc + n)
                    mine.append(result)
                    return mine[0] + mine[1]
                print(walk(600, 0))
                """;
        StringBuilder parentOut = new StringBuilder();
        Interpreter parent = new Interpreter(parentOut::append, text -> { }, Limits.cli());
        parent.setJitThreshold(jitThreshold);
        ThreadState main = parent.startMain(Compiler.compileModule(program, "deep.py"));
        assertThat(parent.run(main, 9_000)).isEqualTo(Interpreter.Outcome.YIELDED);
        assertThat(main.depth).isGreaterThan(300);
        assertThat(main.top().code().name).isEqualTo("walk");

        Forked child = parent.fork(main);
        StringBuilder childOut = new StringBuilder();
        child.interpreter().setOutput(childOut::append, text -> { });
        // The child runs first: had it written into the parent's array, the parent would go wrong.
        runToEnd(child.interpreter(), child.thread());
        runToEnd(parent, main);

        assertThat(childOut).hasToString("360600\n");
        assertThat(parentOut).hasToString("360600\n");
    }

    @Test
    void aThreadStopsAtABlockingCallAndResumesWithItsResult() {
        StringBuilder out = new StringBuilder();
        Interpreter in = new Interpreter(out::append, text -> { }, Limits.cli());
        ThreadState main = in.startMain(Compiler.compileModule("x = input('? ')\nprint('got', x)\n", "input.py"));

        assertThat(in.run(main, 1_000)).isEqualTo(Interpreter.Outcome.BLOCKED);
        assertThat(main.suspension()).isInstanceOf(Suspension.ReadLine.class);
        assertThat(out).hasToString("? ");

        main.resume(org.enchufe.lang.runtime.PyStr.of("hola"));
        assertThat(in.run(main, 1_000)).isEqualTo(Interpreter.Outcome.FINISHED);
        assertThat(out).hasToString("? got hola\n");
    }

    @Test
    void theLoopStopsAfterExactlyItsBudget() {
        Interpreter in = new Interpreter(text -> { }, text -> { }, Limits.cli());
        ThreadState main = in.startMain(Compiler.compileModule("while True:\n    pass\n", "spin.py"));

        assertThat(in.run(main, 10_000)).isEqualTo(Interpreter.Outcome.YIELDED);
        assertThat(in.instructions()).isEqualTo(10_000);
    }

    private static void runToEnd(Interpreter in, ThreadState thread) {
        while (in.run(thread, 500) != Interpreter.Outcome.FINISHED) {
            assertThat(thread.status()).isNotEqualTo(ThreadState.Status.BLOCKED);
        }
        assertThat(thread.uncaught()).isNull();
    }
}
