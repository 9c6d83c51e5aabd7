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

import org.enchufe.lang.Script;

/**
 * {@code java -jar enchufe.jar run FILE.py [ARGS…]}: runs a script with Enchufe's Python and
 * behaves as {@code python3 FILE.py} does — same output, errors and exit code — without starting
 * the web server.
 */
final class PythonCommand {

    private PythonCommand() {
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
        int code = new Script(shown, source).run(Arrays.copyOfRange(args, 1, args.length), stdin, out, err);
        out.flush();
        err.flush();
        return code;
    }
}
