package org.enchufe.lang.vm;

import static org.assertj.core.api.Assertions.assertThat;

import org.enchufe.lang.Compiler;
import org.enchufe.lang.runtime.PyException;
import org.junit.jupiter.api.Test;

/** Each limit is a Python exception in the program, never a failure of the host. */
class LimitsTest {

    private static final long MB = 1 << 20;

    private static PyException run(String source, Limits limits, StringBuilder out) {
        Interpreter in = new Interpreter(out::append, text -> { }, limits);
        ThreadState main = in.startMain(Compiler.compileModule(source, "limits.py"));
        for (int slices = 0; slices < 10_000; slices++) {
            if (in.run(main, 100_000) == Interpreter.Outcome.FINISHED) {
                return main.uncaught();
            }
        }
        throw new AssertionError("the program did not finish");
    }

    private static PyException run(String source, Limits limits) {
        return run(source, limits, new StringBuilder());
    }

    @Test
    void aHugeStringIsAMemoryError() {
        PyException e = run("s = 'x' * (10 ** 9)\n", new Limits(0, 1000, 16 * MB, Long.MAX_VALUE));
        assertThat(e.type().name()).isEqualTo("MemoryError");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "s = '%0999999999d' % 1", "s = '%-999999999s' % 'x'", "s = '%.999999999d' % 1",
            "s = '{:0999999999d}'.format(1)", "s = f'{1:>999999999}'", "s = f'{\"x\":^999999999}'",
            "s = 'x'.center(999999999)", "s = 'x'.ljust(999999999)", "s = 'x'.rjust(999999999)",
            "s = '1'.zfill(999999999)", "s = ('\\t' * 1000).expandtabs(1000000)",
            "s = [0] * 10 ** 9", "s = b'x' * 10 ** 9", "s = bytearray(10 ** 9)", "s = bytes(10 ** 9)", "s = (1,) * 10 ** 9",
            "s = list(range(10 ** 9))", "s = ('x' * 10 ** 4).join(['y'] * 10 ** 5)", "s = 'a' * 1000; t = s.replace('a', s * 1000)",
"s = bytes(10 ** 6).hex() * 1000", "s = b'%0999999999d' % 1", "s = b'%-999999999s' % b'x'", "s = {i: i for i in range(10 ** 8)}"})
    void aWidthTheProgramCannotHoldIsAMemoryErrorBeforeItIsMade(String program) {
        PyException e = run(program + "\n", new Limits(0, 1000, 16 * MB, Long.MAX_VALUE));
        assertThat(e.type().name()).isEqualTo("MemoryError");
    }

    @Test
    void aStructFormatWithAHugeCountCostsNothingUntilPackedAndThenIsAMemoryError() {
        StringBuilder out = new StringBuilder();
        PyException e = run("""
                import struct
                print(struct.calcsize('1000000000h'), struct.calcsize('2000000000000000000x'))
                try:
                    struct.pack('1000000000h', 1)
                except struct.error as e:
                    print(e)
                struct.pack('2000000000x')
                """, new Limits(0, 1000, 16 * MB, Long.MAX_VALUE), out);
        assertThat(out).hasToString("2000000000 2000000000000000000\npack expected 1000000000 items for packing (got 1)\n");
        assertThat(e.type().name()).isEqualTo("MemoryError");
    }

    @Test
    void holdingMoreThanTheLimitIsAMemoryError() {
        PyException e = run("""
                kept = []
                while True:
                    kept.append('x' * 1000)
                """, new Limits(0, 1000, 16 * MB, Long.MAX_VALUE));
        assertThat(e.type().name()).isEqualTo("MemoryError");
    }

    @Test
    void makingAndDroppingMuchMoreThanTheLimitIsFine() {
        StringBuilder out = new StringBuilder();
        PyException e = run("""
                for i in range(2000):
                    s = 'x' * 100000
                    b = bytes(50000)
                print('done', len(s), len(b))
                """, new Limits(0, 1000, 16 * MB, Long.MAX_VALUE), out);
        assertThat(e).isNull();
        assertThat(out).hasToString("done 100000 50000\n");
    }

    @Test
    void deepRecursionIsARecursionError() {
        PyException e = run("def f(n):\n    return f(n + 1)\nf(0)\n", new Limits(0, 200, 16 * MB, Long.MAX_VALUE));
        assertThat(e.type().name()).isEqualTo("RecursionError");
        assertThat(e.messageForJava()).isEqualTo("maximum recursion depth exceeded");
    }

    @Test
    void printingTooMuchStopsTheProgram() {
        PyException e = run("while True:\n    print('spam')\n", new Limits(0, 1000, 16 * MB, 10_000));
        assertThat(e.type().name()).isEqualTo("RuntimeError");
        assertThat(e.messageForJava()).startsWith("output limit exceeded");
    }

    @Test
    void runningTooLongStopsTheProgram() {
        PyException e = run("while True:\n    pass\n", new Limits(50_000, 1000, 16 * MB, Long.MAX_VALUE));
        assertThat(e.type().name()).isEqualTo("RuntimeError");
        assertThat(e.messageForJava()).startsWith("instruction limit exceeded");
    }

    @Test
    void theMeterCountsWhatTheProgramHolds() {
        Interpreter in = new Interpreter(text -> { }, text -> { }, Limits.cli());
        ThreadState main = in.startMain(Compiler.compileModule("big = ['x' * 1000 for i in range(1000)]\n", "m.py"));
        long before = in.liveBytes();
        while (in.run(main, 100_000) != Interpreter.Outcome.FINISHED) {
            assertThat(main.status()).isNotEqualTo(ThreadState.Status.BLOCKED);
        }
        assertThat(in.liveBytes() - before).isBetween(1_000_000L, 1_200_000L);
    }

    @Test
    void objectsMadeOneByOneCountTowardsTheLimitToo() {
        // Nothing charges an instance as it is made: the slice's allocations are counted instead.
        Interpreter in = new Interpreter(text -> { }, text -> { }, new Limits(0, 1000, 16 * MB, Long.MAX_VALUE));
        ThreadState main = in.startMain(Compiler.compileModule("""
                class P:
                    pass
                x = []
                while True:
                    x.append(P())
                """, "m.py"));
        for (int slices = 0; in.run(main, 100_000) != Interpreter.Outcome.FINISHED; slices++) {
            assertThat(slices).isLessThan(10_000);
        }
        assertThat(main.uncaught().type().name()).isEqualTo("MemoryError");
        assertThat(in.liveBytes()).isBetween(14 * MB, 16 * MB * 5 / 4 + 4 * MB);
    }
}
