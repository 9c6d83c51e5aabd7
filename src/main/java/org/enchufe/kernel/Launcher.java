package org.enchufe.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.enchufe.events.ProcessEvent;
import org.enchufe.kernel.modules.AtexitModule;
import org.enchufe.kernel.modules.KernelTimeModule;
import org.enchufe.kernel.modules.OsModule;
import org.enchufe.kernel.modules.QueueModule;
import org.enchufe.kernel.modules.SelectModule;
import org.enchufe.kernel.modules.SelectorsModule;
import org.enchufe.kernel.modules.SignalModule;
import org.enchufe.kernel.modules.SocketModule;
import org.enchufe.kernel.modules.ThreadingModule;
import org.enchufe.kernel.net.HostNetwork;
import org.enchufe.lang.Code;
import org.enchufe.lang.Compiler;
import org.enchufe.lang.PySyntaxError;
import org.enchufe.lang.vm.Interpreter;
import org.enchufe.lang.vm.Limits;
import org.enchufe.lang.vm.ModuleRegistry;
import org.enchufe.lang.vm.ThreadState;
import org.enchufe.lang.vm.Tracebacks;

/**
 * How a program becomes a process of its sandbox: an interpreter of its own with the kernel's
 * modules (os, time, socket, select, signal, threading, atexit), its source compiled — a
 * SyntaxError, or a fault while compiling, printed and the process ended at once, as python3
 * does —, and the process registered in the table and announced.
 */
final class Launcher {

    private final Sandbox sandbox;
    private final ProcessTable processes;
    private final EventStamper events;
    private final Limits limits;
    private final Exits exits;
    private final Exits.Output output;
    private Integer jitThreshold;

    Launcher(Sandbox sandbox, ProcessTable processes, EventStamper events, Limits limits, Exits exits, Exits.Output output) {
        this.sandbox = sandbox;
        this.processes = processes;
        this.events = events;
        this.limits = limits;
        this.exits = exits;
        this.output = output;
    }

    /** When the VM's second tier compiles this sandbox's functions; the JVM-wide default until set. */
    void setJitThreshold(int threshold) {
        this.jitThreshold = threshold;
    }

    /** Starts {@code source} as a new process on {@code host}, unless the server's guard refuses a new run. */
    Process start(String filename, String source, String[] argv, HostNetwork host, ServerGuard guard) {
        guard.refusal().ifPresent(refusal -> {
            throw new ServerGuard.Refused(refusal);
        });
        int pid = processes.nextPid();
        Interpreter in = newInterpreter(pid);
        in.setArgv(filename, argv);
        List<String> warnings = new ArrayList<>();
        Code code;
        PySyntaxError syntaxError = null;
        ProgramFault fault = null;
        try {
            code = Compiler.compileModule(source, filename, warnings);
            in.addSource(filename, source);
        } catch (PySyntaxError e) {
            syntaxError = e;
            code = Compiler.compileModule("", filename);
        } catch (StackOverflowError | RuntimeException e) {
            // Too deep a nesting for the parser, say: the program's error, never the worker's end.
            fault = ProgramFault.ofCompiling(pid, e);
            code = Compiler.compileModule("", filename);
        }
        Process process = register(pid, 0, filename, in, in.startMain(code), DescriptorTable.withConsole(), host);
        events.process(pid, 0, ProcessEvent.Change.CREATED, 0, filename);
        if (syntaxError != null) {
            output.write(pid, "stderr", Tracebacks.syntaxError(syntaxError, filename, source));
            exits.end(process, 1 << 8);
        } else if (fault != null) {
            output.write(pid, "stderr", fault.text());
            exits.end(process, fault.status());
        } else {
            warnings.forEach(w -> output.write(pid, "stderr", w));
        }
        return process;
    }

    /** The standard modules, and the kernel's bindings in place of or beside them (its time sleeps in the sandbox). */
    private static final ModuleRegistry KERNEL_MODULES = ModuleRegistry.STANDARD.with(Map.of(
            "os", OsModule::create,
            "time", KernelTimeModule::create,
            "socket", SocketModule::create,
            "select", SelectModule::create,
            "selectors", SelectorsModule::create,
            "signal", SignalModule::create,
            "_thread", ThreadingModule::thread,
            "threading", ThreadingModule::threading,
            "queue", QueueModule::create,
            "atexit", AtexitModule::create));

    private Interpreter newInterpreter(int pid) {
        Interpreter in = new Interpreter(text -> output.write(pid, "stdout", text), text -> output.write(pid, "stderr", text), limits,
                KERNEL_MODULES);
        if (jitThreshold != null) {
            in.setJitThreshold(jitThreshold);
        }
        return in;
    }

    /** A new process in the table: a program started, or a fork's child. */
    Process register(int pid, int ppid, String program, Interpreter in, ThreadState thread, DescriptorTable table,
                     HostNetwork host) {
        Process process = new Process(sandbox, pid, ppid, program, in, thread, table, host);
        processes.add(process);
        return process;
    }
}
