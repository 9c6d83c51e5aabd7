package org.enchufe.kernel;

import org.enchufe.lang.Code;
import org.enchufe.lang.Compiler;
import org.enchufe.lang.PySyntaxError;
import org.enchufe.lang.vm.Tracebacks;

/**
 * The calls given one at a time to an interactive process (the workbench's "call bind()"): each
 * is compiled with its line number in the file and becomes the process's next main thread, once
 * the previous call has returned.
 */
final class InteractiveCalls {

    private final ProcessTable processes;
    private final Exits.Output output;

    InteractiveCalls(ProcessTable processes, Exits.Output output) {
        this.processes = processes;
        this.output = output;
    }

    /**
     * How the latest call of {@code pid} ended or will end (true: it returned; false: it raised, or
     * the process ended first); an already completed false when it was given none.
     */
    java.util.concurrent.CompletableFuture<Boolean> ending(int pid) {
        Process p = processes.get(pid);
        java.util.concurrent.CompletableFuture<Boolean> call = p == null ? null : p.latestCall;
        return call != null ? call : java.util.concurrent.CompletableFuture.completedFuture(false);
    }

    /** Runs lines {@code first}…{@code last} of {@code source} as one call of the interactive process {@code pid}. */
    Sandbox.CallOutcome call(int pid, String source, int first, int last) {
        Process p = processes.get(pid);
        if (p == null || p.ended() || !p.interactive) {
            return Sandbox.CallOutcome.NOT_INTERACTIVE;
        }
        if (!p.awaitingCall()) {
            return Sandbox.CallOutcome.BUSY;
        }
        String[] lines = source.split("\n", -1);
        StringBuilder statements = new StringBuilder();
        for (int i = Math.max(1, first); i <= Math.min(last, lines.length); i++) {
            statements.append(lines[i - 1]).append('\n');
        }
        Code code;
        try {
            // Blank lines before it give the call its line number in the file, for the trace and tracebacks.
            code = Compiler.compileModule("\n".repeat(Math.max(0, first - 1)) + statements, p.program());
        } catch (PySyntaxError e) {
            output.write(pid, "stderr", Tracebacks.syntaxError(e, p.program(), source));
            return Sandbox.CallOutcome.SYNTAX_ERROR;
        } catch (StackOverflowError | RuntimeException e) {
            output.write(pid, "stderr", ProgramFault.ofCompiling(pid, e).text());
            return Sandbox.CallOutcome.SYNTAX_ERROR;
        }
        p.interpreter().addSource(p.program(), source);
        p.replaceMain(p.interpreter().startInMain(code));
        p.latestCall = new java.util.concurrent.CompletableFuture<>();
        return Sandbox.CallOutcome.STARTED;
    }
}
