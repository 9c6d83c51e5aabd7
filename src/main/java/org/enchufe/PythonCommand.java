package org.enchufe;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

import java.util.function.Consumer;

import org.enchufe.events.Event;
import org.enchufe.events.ProcessEvent;
import org.enchufe.events.SyscallEvent;
import org.enchufe.kernel.Process;
import org.enchufe.kernel.Sandbox;
import org.enchufe.lang.Script;
import org.enchufe.lang.vm.Limits;

/**
 * {@code java -jar enchufe.jar run [--trace] FILE.py [ARGS…]}: runs a script with Enchufe's Python
 * in a sandbox (so os.fork() works) and behaves as {@code python3 FILE.py} does — same output,
 * errors and exit code — without starting the web server. Every process shares the terminal.
 * {@code --trace} also writes each system call to stderr as {@code strace -f} prints it.
 */
final class PythonCommand {

    private PythonCommand() {
    }

    /** The terminal as every process's console: output as it comes, input a line at a time. */
    record TerminalConsole(BufferedReader stdin, PrintStream out, PrintStream err) implements Sandbox.Console {
        @Override
        public void write(int pid, String stream, String text) {
            PrintStream target = stream.equals("stderr") ? err : out;
            target.print(text);
            target.flush();
        }

        @Override
        public String readLine(int pid) {
            return Script.readLine(stdin);
        }
    }

    static int run(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        return run(args, stdin, out, err);
    }

    static int run(String[] args, BufferedReader stdin, PrintStream out, PrintStream err) {
        boolean trace = args.length > 0 && args[0].equals("--trace");
        if (trace) {
            args = Arrays.copyOfRange(args, 1, args.length);
        }
        if (args.length < 1) {
            err.println("usage: enchufe run [--trace] FILE.py [ARGS...]");
            return 2;
        }
        String file = args[0];
        String source;
        try {
            source = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println("python3: can't open file '" + Path.of(file).toAbsolutePath() + "': [Errno 2] No such file or directory");
            return 2;
        } catch (IOException e) {
            err.println("python3: can't open file '" + file + "': " + e.getMessage());
            return 2;
        }
        // CPython names the main script by its absolute path in tracebacks.
        String shown = Path.of(file).toAbsolutePath().normalize().toString();
        Consumer<Event> events = trace ? event -> traceLine(event, err) : event -> { };
        Sandbox sandbox = new Sandbox(new TerminalConsole(stdin, out, err), events, Limits.cli(),
                org.enchufe.kernel.KernelLimits.cli());
        Process main = sandbox.start(shown, source, Arrays.copyOfRange(args, 1, args.length));
        int code = sandbox.runToCompletion(main);
        out.flush();
        err.flush();
        return code;
    }

    /** What strace -f writes for an event: each call, and each process's end. */
    private static void traceLine(Event event, PrintStream err) {
        switch (event) {
            case SyscallEvent call -> err.println("[pid " + call.pid() + "] " + call.strace());
            case ProcessEvent p when p.change() == ProcessEvent.Change.EXITED -> err.println("[pid " + p.pid() + "] "
                    + ((p.status() & 0x7f) != 0 ? "+++ killed by signal " + (p.status() & 0x7f) + " +++"
                            : "+++ exited with " + (p.status() >> 8) + " +++"));
            default -> { }
        }
    }
}
