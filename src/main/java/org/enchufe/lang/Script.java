package org.enchufe.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;

import org.enchufe.lang.runtime.ExceptionTypes;
import org.enchufe.lang.runtime.Ops;
import org.enchufe.lang.runtime.PyException;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.vm.Interpreter;
import org.enchufe.lang.vm.Limits;
import org.enchufe.lang.vm.Suspension;
import org.enchufe.lang.vm.ThreadState;
import org.enchufe.lang.vm.Tracebacks;

/**
 * Runs one script to the end on the calling thread, as {@code python3 FILE.py} would: blocking
 * calls wait for real (sleep, reading stdin), output goes to the given streams, and the result
 * is the process exit code.
 */
public final class Script {

    private static final long SLICE = 1_000_000;

    private final String filename;
    private final String source;
    private long slice = SLICE;
    private Integer jitThreshold;

    public Script(String filename, String source) {
        this.filename = filename;
        this.source = source;
    }

    /**
     * Runs the program in slices of {@code instructions} and has the VM's second tier take over
     * a function after {@code jitThreshold} calls and loop iterations (tests run every program
     * compiled at once, in tiny slices, to check the tiers agree wherever one hands over).
     */
    public Script tuned(long instructions, int jitThreshold) {
        this.slice = instructions;
        this.jitThreshold = jitThreshold;
        return this;
    }

    public int run(String[] argv, BufferedReader stdin, PrintStream out, PrintStream err) {
        Interpreter in = new Interpreter(out::print, err::print, Limits.cli());
        if (jitThreshold != null) {
            in.setJitThreshold(jitThreshold);
        }
        in.setArgv(filename, argv);
        Code code;
        java.util.List<String> warnings = new java.util.ArrayList<>();
        try {
            code = Compiler.compileModule(source, filename, warnings);
            warnings.forEach(err::print);
        } catch (PySyntaxError e) {
            err.print(Tracebacks.syntaxError(e, filename, source));
            err.flush();
            return 1;
        }
        in.addSource(filename, source);
        ThreadState main = in.startMain(code);
        while (true) {
            Interpreter.Outcome outcome = in.run(main, slice);
            if (outcome == Interpreter.Outcome.FINISHED) {
                break;
            }
            if (outcome == Interpreter.Outcome.BLOCKED) {
                wait(in, main, stdin, out);
            }
        }
        out.flush();
        PyException uncaught = main.uncaught();
        if (uncaught == null) {
            return 0;
        }
        return in.with(() -> exitCode(in, uncaught, text -> {
            err.print(text);
            err.flush();
        }));
    }

    private static void wait(Interpreter in, ThreadState thread, BufferedReader stdin, PrintStream out) {
        out.flush();
        switch (thread.suspension()) {
            case Suspension.Sleep sleep -> {
                try {
                    Thread.sleep(sleep.nanos() / 1_000_000, (int) (sleep.nanos() % 1_000_000));
                    thread.resume(PyNone.NONE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    thread.interrupt(PyException.withArgs(ExceptionTypes.KEYBOARD_INTERRUPT));
                }
            }
            case Suspension.ReadLine read -> read.deliver(thread, readLine(stdin));
            default -> thread.resumeWithError(PyException.of(ExceptionTypes.RUNTIME_ERROR,
                    "this call needs the sandbox: run the program in Enchufe's workbench"));
        }
    }

    /** A line with its newline, the last one without if the input does not end in one; null at EOF. */
    public static String readLine(BufferedReader stdin) {
        StringBuilder line = new StringBuilder();
        try {
            int c;
            while ((c = stdin.read()) >= 0) {
                line.append((char) c);
                if (c == '\n') {
                    break;
                }
            }
        } catch (IOException e) {
            return line.isEmpty() ? null : line.toString();
        }
        return line.isEmpty() ? null : line.toString();
    }

    /**
     * The exit code of a program that ended with {@code uncaught}, writing to {@code stderr} what
     * CPython writes then: the traceback (or what the program's sys.excepthook does), or SystemExit's message.
     */
    public static int exitCode(Interpreter in, PyException uncaught, java.util.function.Consumer<String> stderr) {
        if (uncaught.type().isSubtypeOf(ExceptionTypes.SYSTEM_EXIT)) {
            PyObject code = uncaught.getAttr(in, "code");
            if (code == PyNone.NONE) {
                return 0;
            }
            if (code instanceof PyInt i) {
                return (int) (i.isSmall() ? i.asLong() & 0xFF : 1);
            }
            stderr.accept(Ops.str(in, code) + "\n");
            return 1;
        }
        org.enchufe.lang.modules.SysHooks.reportUncaught(in, uncaught, stderr);
        return 1;
    }
}
