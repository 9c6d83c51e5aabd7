package org.enchufe.lang.vm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.enchufe.lang.Compiler;
import org.enchufe.lang.runtime.PyBuiltin;
import org.enchufe.lang.runtime.PyModule;
import org.enchufe.lang.runtime.PyNone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A stop request from another thread ends a program inside a builtin that would work for very
 * long, or inside Python code such a builtin called; and a builtin's work ends its slice. Each
 * test is driven by the program saying it has started (a probe builtin), never by timing; the
 * waits' timeouts only keep a broken build from hanging.
 */
class StopRequestTest {

    private static boolean started(CountDownLatch started, CompletableFuture<ThreadState> run) throws InterruptedException {
        // A program that failed before it started says why.
        while (!started.await(100, TimeUnit.MILLISECONDS)) {
            if (run.isDone()) {
                throw new AssertionError("the program ended before it started: " + run.handle((t, e) -> t != null
                        ? String.valueOf(t.uncaught()) : String.valueOf(e)).join());
            }
        }
        return true;
    }

    private static final Limits LIMITS = new Limits(0, 1000, 64L << 20, Long.MAX_VALUE);

    /** An interpreter whose program may call {@code probe.started()}, which opens {@code started}. */
    private static Interpreter interpreter(StringBuilder out, CountDownLatch started) {
        Interpreter in = new Interpreter(out::append, text -> { }, LIMITS, ModuleRegistry.STANDARD.with(Map.of("probe", i -> {
            PyModule m = new PyModule("probe");
            m.dict().putStr("started", PyBuiltin.function("started", (x, self, a, k) -> {
                started.countDown();
                return PyNone.NONE;
            }));
            return m;
        })));
        return in;
    }

    /** Runs {@code source} to its end on another thread; the future fails with what run threw. */
    private static CompletableFuture<ThreadState> runAway(Interpreter in, String source, int jitThreshold) {
        in.setJitThreshold(jitThreshold);
        ThreadState main = in.startMain(Compiler.compileModule(source, "stop.py"));
        return CompletableFuture.supplyAsync(() -> {
            while (in.run(main, 100_000) != Interpreter.Outcome.FINISHED) {
                // Slices until the end, as the kernel runs them.
            }
            return main;
        }, task -> new Thread(task, "runaway-program").start());
    }

    private static Throwable failureOf(CompletableFuture<?> run) throws InterruptedException {
        try {
            run.get(60, TimeUnit.SECONDS);
            return null;
        } catch (java.util.concurrent.ExecutionException e) {
            return e.getCause();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the program did not stop", e);
        }
    }

    @ParameterizedTest(name = "second tier from {0}")
    @ValueSource(ints = {-1, 0})
    void aKillEndsABuiltinThatWouldRunForYears(int jitThreshold) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Interpreter in = interpreter(new StringBuilder(), started);
        CompletableFuture<ThreadState> run = runAway(in, """
                import probe
                def f():
                    probe.started()
                    try:
                        return sum(range(10 ** 15))
                    except BaseException:
                        print('caught')
                f()
                """, jitThreshold);
        assertThat(started(started, run)).isTrue();
        in.requestStop(StopReason.KILL);
        Throwable failure = failureOf(run);
        assertThat(failure).isInstanceOf(Interpreter.Stopped.class);
        assertThat(((Interpreter.Stopped) failure).reason()).isEqualTo(StopReason.KILL);
    }

    @Test
    void aDeadlineEndsPythonCodeABuiltinCalledThatNeverReturns() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Interpreter in = interpreter(new StringBuilder(), started);
        CompletableFuture<ThreadState> run = runAway(in, """
                import probe
                class Endless:
                    def __repr__(self):
                        probe.started()
                        while True:
                            pass
                try:
                    repr(Endless())
                except BaseException:
                    print('caught')
                """, -1);
        assertThat(started(started, run)).isTrue();
        in.requestStop(StopReason.DEADLINE);
        assertThat(failureOf(run)).isInstanceOf(Interpreter.Stopped.class);
        // The process is over: running it again stops at once.
        ThreadState again = in.startInMain(Compiler.compileModule("print(1)\n", "again.py"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> in.run(again, 1000)).isInstanceOf(Interpreter.Stopped.class);
    }

    @ParameterizedTest(name = "second tier from {0}")
    @ValueSource(ints = {-1, 0})
    void anInterruptIsAKeyboardInterruptTheProgramMayCatch(int jitThreshold) throws Exception {
        CountDownLatch inSort = new CountDownLatch(1);
        StringBuilder out = new StringBuilder();
        Interpreter in = interpreter(out, inSort);
        CompletableFuture<ThreadState> run = runAway(in, """
                import probe
                def endless(x):
                    probe.started()
                    while True:
                        pass
                try:
                    sorted(range(1000), key=endless)
                except KeyboardInterrupt:
                    print('interrupted in the key')
                try:
                    probe.started()
                    sum(range(10 ** 15))
                except KeyboardInterrupt as e:
                    print('interrupted in sum', repr(e))
                """, jitThreshold);
        assertThat(started(inSort, run)).isTrue();
        in.requestStop(StopReason.INTERRUPT);
        // The second probe call opens nothing new; the program is in sum() once the first line is out.
        while (!out.toString().contains("\n")) {
            assertThat(run.isDone()).isFalse();
            Thread.onSpinWait();
        }
        in.requestStop(StopReason.INTERRUPT);
        ThreadState main = run.get(60, TimeUnit.SECONDS);
        assertThat(main.uncaught()).isNull();
        assertThat(out).hasToString("interrupted in the key\ninterrupted in sum KeyboardInterrupt()\n");
        assertThat(in.cancelInterrupt()).isFalse();
    }

    @Test
    void anInterruptNoBuiltinSawIsWithdrawnForTheKernelToDeliver() {
        Interpreter in = new Interpreter(text -> { }, text -> { }, LIMITS);
        in.requestStop(StopReason.INTERRUPT);
        assertThat(in.cancelInterrupt()).isTrue();
        assertThat(in.stopRequest()).isNull();
        in.requestStop(StopReason.KILL);
        in.requestStop(StopReason.INTERRUPT);
        assertThat(in.stopRequest()).isEqualTo(StopReason.KILL);
        assertThat(in.cancelInterrupt()).isFalse();
    }

    @ParameterizedTest(name = "second tier from {0}")
    @ValueSource(ints = {-1, 0})
    void aBuiltinsWorkEndsItsSliceAndIsCounted(int jitThreshold) {
        Interpreter in = new Interpreter(text -> { }, text -> { }, LIMITS);
        in.setJitThreshold(jitThreshold);
        ThreadState main = in.startMain(Compiler.compileModule("""
                while True:
                    sum(range(25_000))
                """, "work.py"));
        assertThat(in.run(main, 1000)).isEqualTo(Interpreter.Outcome.YIELDED);
        // One call's work is about 200 000 instructions (8 per item added): the slice of 1000 ends
        // after it, not after the hundreds of calls its instructions alone would allow.
        assertThat(in.instructions()).isBetween(190_000L, 400_000L);
    }
}
