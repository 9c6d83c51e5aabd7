package org.enchufe.lang.vm;

import static org.assertj.core.api.Assertions.assertThat;

import org.enchufe.lang.Compiler;
import org.enchufe.lang.runtime.PyObject;
import org.junit.jupiter.api.Test;

/**
 * Frames keep their slots in arrays that nested calls share, and the thread moves them to new
 * arrays between slices (so they stay in the young generation): no value may be lost on the way.
 */
class FrameArraysTest {

    private static final String DEEP_THEN_LONG = """
            def walk(n, acc):
                mine = [n, acc]
                if n == 0:
                    total = 0
                    for i in range(300000):
                        total += i
                    return acc + total
                r = walk(n - 1, acc + n)
                return r + mine[0]
            print(walk(200, 0))
            """;

    @Test
    void aLongLoopUnderTwoHundredFramesGetsNewArraysAndEveryFrameKeepsItsValues() {
        StringBuilder out = new StringBuilder();
        Interpreter in = new Interpreter(out::append, text -> { }, Limits.cli());
        ThreadState main = in.startMain(Compiler.compileModule(DEEP_THEN_LONG, "deep.py"));
        while (main.depth < 202) {
            assertThat(in.run(main, 500)).isEqualTo(Interpreter.Outcome.YIELDED);
        }
        Frame innermost = main.top();
        PyObject[] before = innermost.stack;
        PyObject[] callersBefore = innermost.back().stack;

        for (int slice = 0; slice < 100 && main.top() == innermost; slice++) {
            in.run(main, 5_000);
        }

        assertThat(main.top()).isSameAs(innermost);
        assertThat(innermost.stack).isNotSameAs(before);
        // Its caller shared its array and shares the new one.
        assertThat(callersBefore).isSameAs(before);
        assertThat(innermost.back().stack).isSameAs(innermost.stack);
        while (in.run(main, 5_000) != Interpreter.Outcome.FINISHED) {
            assertThat(main.status()).isNotEqualTo(ThreadState.Status.BLOCKED);
        }
        assertThat(main.uncaught()).isNull();
        assertThat(out).hasToString("44999890200\n");
    }
}
