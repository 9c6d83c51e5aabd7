package org.enchufe.lang.modules.re;

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
import org.enchufe.lang.vm.Interpreter;
import org.enchufe.lang.vm.Limits;
import org.enchufe.lang.vm.ModuleRegistry;
import org.enchufe.lang.vm.StopReason;
import org.enchufe.lang.vm.ThreadState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A pattern that backtracks without end — {@code (a+)+?b} over sixty a's takes 2^60 steps (Java's
 * engine remembers where greedy loops failed, so {@code (a+)+$} is quick; lazy loops and
 * backreferences are not) — cannot stall the server: every character the engine reads is charged to the
 * instruction budget, so the call ends with the limit's RuntimeError, and a kill or Ctrl-C ends
 * it from inside. Driven by the program's own progress (a probe it calls just before the match),
 * never by timing.
 */
class HostilePatternTest {

    private static final String CATASTROPHIC = "re.match(r'(a+)+?b', 'a' * 60)";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "re.match(r'(a+)+?b', 'a' * 60)",
            "re.search(r'((a+)+)\\2b', 'a' * 60)",
            "re.fullmatch(r'(x+x+)+?y', 'x' * 60)",
            "re.findall(r'((a+)+)\\2c', 'a' * 60)",
            "re.sub(r'(a+)+?b', '', 'a' * 60)"})
    void aCatastrophicMatchRunsOutOfTheBudget(String call) {
        StringBuilder out = new StringBuilder();
        Interpreter in = new Interpreter(out::append, text -> { }, new Limits(5_000_000, 1000, 64L << 20, Long.MAX_VALUE));
        ThreadState main = in.startMain(Compiler.compileModule("import re\nprint('start')\n" + call + "\nprint('returned')\n", "hostile.py"));
        for (int slices = 0; in.run(main, 100_000) != Interpreter.Outcome.FINISHED; slices++) {
            assertThat(slices).as("slices").isLessThan(1_000);
        }
        PyException e = main.uncaught();
        assertThat(out.toString()).isEqualTo("start\n");
        assertThat(e).as("the program was stopped").isNotNull();
        assertThat(e.messageForJava()).startsWith("instruction limit exceeded");
        assertThat(in.instructions()).as("instructions charged").isGreaterThan(5_000_000);
    }

    @Test
    void aLoopOfSearchesOverALongTextRunsOutOfTheBudget() {
        StringBuilder out = new StringBuilder();
        Interpreter in = new Interpreter(out::append, text -> { }, new Limits(5_000_000, 1000, 64L << 20, Long.MAX_VALUE));
        String source = "import re\ns = 'a' * 1_000_000\nn = 0\nwhile True:\n    re.search(r'a\\d', s)\n    n += 1\n    print(n)\n";
        ThreadState main = in.startMain(Compiler.compileModule(source, "loop.py"));
        for (int slices = 0; in.run(main, 100_000) != Interpreter.Outcome.FINISHED; slices++) {
            assertThat(slices).as("slices").isLessThan(10_000);
        }
        assertThat(main.uncaught().messageForJava()).startsWith("instruction limit exceeded");
        assertThat(out.toString().split("\n").length).as("searches made within the budget").isLessThan(100);
    }

    @Test
    void aKillEndsACatastrophicMatchFromInside() throws Exception {
        Running r = start("r = " + CATASTROPHIC + "\nprint('returned')\n");
        r.in.requestStop(StopReason.KILL);
        Throwable failure = r.failure();
        assertThat(failure).isInstanceOf(Interpreter.Stopped.class);
        assertThat(r.out.toString()).doesNotContain("returned");
    }

    @Test
    void ctrlCRaisesKeyboardInterruptInsideTheMatch() throws Exception {
        Running r = start("try:\n    " + CATASTROPHIC + "\n    print('returned')\nexcept KeyboardInterrupt:\n    print('interrupted')\n");
        r.in.requestStop(StopReason.INTERRUPT);
        assertThat(r.failure()).isNull();
        assertThat(r.out.toString()).isEqualTo("interrupted\n");
    }

    /** A program running on a thread of its own, past the probe it calls just before the hostile match. */
    private record Running(Interpreter in, StringBuilder out, CompletableFuture<ThreadState> run) {

        Throwable failure() throws InterruptedException {
            try {
                run.get(60, TimeUnit.SECONDS);
                return null;
            } catch (ExecutionException e) {
                return e.getCause();
            } catch (TimeoutException e) {
                throw new AssertionError("the match was not stopped", e);
            }
        }
    }

    private static Running start(String body) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        StringBuilder out = new StringBuilder();
        Interpreter in = new Interpreter(out::append, text -> { }, new Limits(0, 1000, 64L << 20, Long.MAX_VALUE),
                ModuleRegistry.STANDARD.with(Map.of("probe", i -> {
            PyModule m = new PyModule("probe");
            m.dict().putStr("started", PyBuiltin.function("started", (x, self, a, k) -> {
                started.countDown();
                return PyNone.NONE;
            }));
            return m;
        })));
        ThreadState main = in.startMain(Compiler.compileModule("import re, probe\nprobe.started()\n" + body, "endless.py"));
        CompletableFuture<ThreadState> run = CompletableFuture.supplyAsync(() -> {
            while (in.run(main, 100_000) != Interpreter.Outcome.FINISHED) {
                // Slices until the end, as the kernel runs them.
            }
            return main;
        }, task -> new Thread(task, "hostile-pattern").start());
        while (!started.await(100, TimeUnit.MILLISECONDS)) {
            if (run.isDone()) {
                throw new AssertionError("the program ended before the match: " + out);
            }
        }
        return new Running(in, out, run);
    }
}
