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

import org.enchufe.kernel.Process;
import org.enchufe.kernel.Sandbox;
import org.enchufe.lang.Script;
import org.enchufe.lang.vm.Limits;

/**
 * {@code java -jar enchufe.jar run FILE.py [ARGS…]}: runs a script with Enchufe's Python in a
 * sandbox (so os.fork() works) and behaves as {@code python3 FILE.py} does — same output, errors
 * and exit code — without starting the web server. Every process shares the terminal.
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
        if (args.length < 1) {
            err.println("usage: enchufe run FILE.py [ARGS...]");
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
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        // CPython names the main script by its absolute path in tracebacks.
        String shown = Path.of(file).toAbsolutePath().normalize().toString();
        Sandbox sandbox = new Sandbox(new TerminalConsole(stdin, out, err), event -> { }, Limits.cli(),
                org.enchufe.kernel.KernelLimits.cli());
        Process main = sandbox.start(shown, source, Arrays.copyOfRange(args, 1, args.length));
        int code = sandbox.runToCompletion(main);
        out.flush();
        err.flush();
        return code;
    }
}
