package org.enchufe.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Source nested past CPython's limits is refused with CPython's error, whatever the stack of the
 * thread that compiles it: a sandbox worker's stack overflowed at 250 brackets and the worker
 * died. Here the compiling thread has a quarter of a megabyte.
 */
class NestingLimitsTest {

    private static Throwable compileOnASmallStack(String source) throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                Compiler.compileModule(source, "deep.py");
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "small-stack", 256 * 1024);
        thread.start();
        thread.join();
        return failure.get();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "201 brackets              | (              | 1 | )  | 201    | SyntaxError    | too many nested parentheses",
        "5968 unary minus signs    | -              | 1 |    | 5968   | MemoryError    | ''",
        "2999 nots                 | 'not '         | 1 |    | 2999   | RecursionError | maximum recursion depth exceeded during compilation",
        "6000 conditionals         | '1 if x else ' | 2 |    | 6000   | MemoryError    | ''",
        "100 000 additions         | 'a+'           | a |    | 100000 | RecursionError | maximum recursion depth exceeded during compilation",
        "3000 lambdas              | 'lambda: '     | 1 |    | 3000   | MemoryError    | ''",
        "3000 powers               | '2**'          | 1 |    | 3000   | RecursionError | maximum recursion depth exceeded during compilation",
    })
    void tooDeepIsCPythonsError(String name, String open, String inner, String close, int times, String kind, String message)
            throws InterruptedException {
        String source = "x = " + open.repeat(times) + inner + (close == null ? "" : close.repeat(times)) + "\n";
        Throwable failure = compileOnASmallStack(source);
        assertThat(failure).isInstanceOf(PySyntaxError.class);
        PySyntaxError error = (PySyntaxError) failure;
        assertThat(error.kind()).isEqualTo(kind);
        assertThat(error.getMessage()).isEqualTo(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "200 brackets           | (      | 1 | )  | 200",
        "2998 unary minus signs | -      | 1 |    | 2998",
    })
    void asDeepAsCPythonAllowsCompiles(String name, String open, String inner, String close, int times) throws InterruptedException {
        String source = "x = " + open.repeat(times) + inner + (close == null ? "" : close.repeat(times)) + "\n";
        assertThat(compileOnASmallStack(source)).isNull();
    }
}
