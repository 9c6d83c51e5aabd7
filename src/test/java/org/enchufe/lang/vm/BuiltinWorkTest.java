package org.enchufe.lang.vm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.enchufe.lang.Compiler;
import org.enchufe.lang.runtime.PyBuiltin;
import org.enchufe.lang.runtime.PyException;
import org.enchufe.lang.runtime.PyModule;
import org.enchufe.lang.runtime.PyNone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every builtin whose work grows with its input charges that work to the instruction budget
 * (issue 14, "Preemption"): a loop calling one on a big value runs out of a budget of five
 * million instructions within a few hundred calls, where its instructions alone would allow
 * hundreds of thousands; and a single call whose work has no practical end (a long comparison
 * repeated over a long list, a division of numbers of millions of bits) is ended from inside by a
 * stop request. Driven by the program's own progress (a probe builtin, the lines it prints), never
 * by timing.
 */
class BuiltinWorkTest {

    private static final long BUDGET = 5_000_000;
    /** Every call below is charged at least 10 000 instructions: the budget lasts fewer calls than this. */
    private static final int MOST_CALLS = 600;

    /**
     * Each case: what to set up, then {@code |}, then one call. Values are about a million
     * characters, bytes, bits or a hundred thousand items, so one call is tens of thousands of
     * instructions' work.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            // str and bytes: equality, ordering, hashing (of a fresh value: the hash is kept), search's neighbours
            "s = 'a' * 1_000_000; t = 'a' * 999_999 + 'b' | s == t",
            "s = 'a' * 1_000_000; t = 'a' * 999_999 + 'b' | s < t",
            "s = 'a' * 1_000_000 | hash(s[1:])",
            "s = b'a' * 1_000_000; t = b'a' * 999_999 + b'b' | s == t",
            "s = b'a' * 1_000_000; t = b'a' * 999_999 + b'b' | s < t",
            "s = b'a' * 1_000_000 | hash(s[1:])",
            "d = {} | d['k' * 1_000_000] = 1",
            // conversions
            "b = bytes(1_000_000) | b.hex()",
            "h = '00' * 1_000_000 | bytes.fromhex(h)",
            "s = 'é' * 1_000_000 | s.encode()",
            "b = 'é'.encode() * 500_000 | b.decode()",
            "x = 1 << 8_000_000 | x.to_bytes(1_000_001, 'big')",
            "b = bytes(1_000_000) | int.from_bytes(b, 'big')",
            "x = 1 << 1_000_000 | hex(x)",
            "x = 1 << 1_000_000 | format(x, 'b')",
            // str and bytes methods
            "s = 'a' * 1_000_000 | s.upper()",
            "s = 'a b' * 300_000 | s.split()",
            "s = 'a\\n' * 500_000 | s.splitlines()",
            "s = ' ' + 'a' * 1_000_000 + ' ' | s.strip()",
            "s = 'a' * 1_000_000 | s.isalpha()",
            "s = '\\t' * 100_000 | s.expandtabs(2)",
            "s = 'a' * 1_000_000 | '%s' % s",
            "s = 'a' * 1_000_000 | f'{s}{s}'",
            "s = 'a' * 1_000_000 | s + s",
            "b = b'a' * 1_000_000 | b.upper()",
            "b = b'a b' * 300_000 | b.split()",
            "b = b'a' * 1_000_000 | b''.join([b, b])",
            "b = b'a' * 1_000_000 | ba = bytearray(); ba += b",
            // struct
            "import struct; r = list(range(100_000)) | struct.pack('100000i', *r)",
            "import struct; buf = bytes(400_000) | struct.unpack('100000i', buf)",
            // lists and tuples: search, copies, comparisons
            "L = list(range(100_000)) | -1 in L",
            "L = list(range(100_000)) | L.count(-1)",
            "L = list(range(100_000)) | L.index(99_999)",
            "T = tuple(range(100_000)) | -1 in T",
            "T = tuple(range(100_000)) | T.count(-1)",
            "L = list(range(1_000_000)) | L[:]",
            "L = list(range(1_000_000)) | L.copy()",
            "L = list(range(1_000_000)) | L + L",
            "T = tuple(range(1_000_000)) | list(T)",
            "L = list(range(1_000_000)) | L.insert(0, 1); L.pop(0)",
            "T = tuple(range(100_000)) | hash(T)",
            "T = tuple(range(100_000)); U = T[:-1] + (-1,) | T == U",
            // sets and dicts
            "L = list(range(100_000)) | set(L)",
            "S = set(range(100_000)); U = set(range(1, 100_001)) | S | U",
            "S = set(range(100_000)); U = set(range(1, 100_001)) | S & U",
            "S = set(range(100_000)); U = set(range(1, 100_001)) | S <= U",
            "S = set(range(100_000)); U = set(S) | S == U",
            "d = dict.fromkeys(range(100_000)) | d.copy()",
            "d = dict.fromkeys(range(100_000)) | dict(d)",
            "d = dict.fromkeys(range(100_000)); e = dict(d) | d == e",
            // big ints
            "x = 1 << 8_000_000 | x + x",
            "x = (1 << 8_000_000) - 1; y = (1 << 8_000_000) - 2 | x == y",
            "x = 3 ** 130_000; y = 7 ** 25_000 + 1 | x // y",
            "x = 3 ** 130_000; y = 7 ** 25_000 + 1 | x % y",
            "x = 1 << 8_000_000 | x >> 1",
            // containers made into text
            "L = [[1] * 10] * 10_000 | repr(L)"})
    void aLoopOfCallsOnABigValueRunsOutOfTheBudget(String testCase) {
        String setup = testCase.substring(0, testCase.indexOf(" | "));
        String call = testCase.substring(testCase.indexOf(" | ") + 3);
        StringBuilder out = new StringBuilder();
        Interpreter in = new Interpreter(out::append, text -> { }, new Limits(BUDGET, 1000, 64L << 20, Long.MAX_VALUE));
        String source = setup.replace("; ", "\n") + "\nprint('set up')\nn = 0\nwhile True:\n    "
                + call.replace("; ", "\n    ") + "\n    n += 1\n    print(n)\n";
        ThreadState main = in.startMain(Compiler.compileModule(source, "work.py"));
        for (int slices = 0; in.run(main, 100_000) != Interpreter.Outcome.FINISHED; slices++) {
            assertThat(slices).as("slices").isLessThan(10_000);
        }
        PyException e = main.uncaught();
        assertThat(out.toString()).as("the set-up fits in the budget").startsWith("set up\n");
        assertThat(e).as("the program was stopped").isNotNull();
        assertThat(e.messageForJava()).startsWith("instruction limit exceeded");
        String[] lines = out.toString().split("\n");
        int calls = lines.length - 1;
        assertThat(calls).as("calls made within the budget").isLessThan(MOST_CALLS);
    }

    // ---------------------------------------------------------------- single calls without end

    private static final Limits LIMITS = new Limits(0, 1000, 64L << 20, Long.MAX_VALUE);

    /**
     * Each program says it has started just before one call that would run for minutes (a long
     * comparison repeated over a long list, a long division), then prints if that call returns;
     * the kill must end it from inside.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            // A million comparisons of a million characters each.
            "s = 'a' * 1_000_000; t = 'a' * 999_999 + 'b'; L = [t] * 1_000_000 | s in L",
            "s = 'a' * 1_000_000; t = 'a' * 999_999 + 'b'; L = [t] * 1_000_000 | L.count(s)",
            "s = b'a' * 1_000_000; t = b'a' * 999_999 + b'b'; L = [t] * 1_000_000 | L.index(s)",
            // Equal items, each its own object: every pair compared to its last character.
            "t = 'a' * 999_999 + 'b'; u = 'a' * 999_999 + 'b'; L = [t] * 1_000_000; M = [u] * 1_000_000 | L < M",
            "s = 'a' * 1_000_000; t = 'a' * 999_999 + 'b'; T = (t,) * 1_000_000 | s in T",
            "x = (1 << 1_000_000) - 1; y = (1 << 1_000_000) - 2; L = [y] * 1_000_000 | x in L",
            // Ten million bits of quotient by a divisor of forty million bits.
            "x = 1 << 50_000_000; y = (1 << 40_000_000) - 1 | x // y",
            "x = 1 << 50_000_000; y = (1 << 40_000_000) - 1 | divmod(x, y)"})
    void aKillEndsASingleCallFromInside(String testCase) throws Exception {
        String setup = testCase.substring(0, testCase.indexOf(" | "));
        String call = testCase.substring(testCase.indexOf(" | ") + 3);
        CountDownLatch started = new CountDownLatch(1);
        StringBuilder out = new StringBuilder();
        Interpreter in = new Interpreter(out::append, text -> { }, LIMITS, ModuleRegistry.STANDARD.with(Map.of("probe", i -> {
            PyModule m = new PyModule("probe");
            m.dict().putStr("started", PyBuiltin.function("started", (x, self, a, k) -> {
                started.countDown();
                return PyNone.NONE;
            }));
            return m;
        })));
        String source = "import probe\n" + setup.replace("; ", "\n") + "\nprobe.started()\nr = " + call + "\nprint('returned')\n";
        ThreadState main = in.startMain(Compiler.compileModule(source, "endless.py"));
        CompletableFuture<ThreadState> run = CompletableFuture.supplyAsync(() -> {
            while (in.run(main, 100_000) != Interpreter.Outcome.FINISHED) {
                // Slices until the end, as the kernel runs them.
            }
            return main;
        }, task -> new Thread(task, "endless-call").start());
        while (!started.await(100, TimeUnit.MILLISECONDS)) {
            if (run.isDone()) {
                throw new AssertionError("the program ended before the call: " + out + " " + run.handle((t, e) -> t != null
                        ? String.valueOf(t.uncaught()) : String.valueOf(e)).join());
            }
        }
        in.requestStop(StopReason.KILL);
        Throwable failure;
        try {
            run.get(60, TimeUnit.SECONDS);
            failure = null;
        } catch (ExecutionException e) {
            failure = e.getCause();
        } catch (TimeoutException e) {
            throw new AssertionError("the call was not stopped", e);
        }
        assertThat(failure).isInstanceOf(Interpreter.Stopped.class);
        assertThat(out.toString()).doesNotContain("returned");
    }

    // ---------------------------------------------------------------- fork's copy of the heap

    private static final String BIG_HEAP = """
            x = [[i] for i in range(100_000)]
            while True:
                pass
            """;

    @Test
    void forkingChargesTheCopyOfTheHeapToTheParent() {
        Interpreter parent = new Interpreter(text -> { }, text -> { }, LIMITS);
        ThreadState main = parent.startMain(Compiler.compileModule(BIG_HEAP, "heap.py"));
        while (parent.run(main, 100_000) == Interpreter.Outcome.YIELDED && parent.instructions() < 3_000_000) {
            // Until the list is built and the loop spins.
        }
        long before = parent.instructions();
        parent.fork(main);
        // The 100 000 small lists at least (ints are shared, not copied), 8 instructions each, charged 128 at a time.
        assertThat(parent.instructions() - before).isGreaterThanOrEqualTo(99_840L * 8);
    }

    @Test
    void aKillEndsTheCopyOfTheHeap() {
        Interpreter parent = new Interpreter(text -> { }, text -> { }, LIMITS);
        ThreadState main = parent.startMain(Compiler.compileModule(BIG_HEAP, "heap.py"));
        while (parent.run(main, 100_000) == Interpreter.Outcome.YIELDED && parent.instructions() < 3_000_000) {
            // Until the list is built and the loop spins.
        }
        long before = parent.instructions();
        parent.requestStop(StopReason.KILL);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> parent.fork(main)).isInstanceOf(Interpreter.Stopped.class);
        // Stopped at its first charge, within 128 objects of the copy.
        assertThat(parent.instructions() - before).isLessThanOrEqualTo(128L * 8);
    }
}
