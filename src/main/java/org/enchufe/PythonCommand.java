package org.enchufe;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import java.util.function.Consumer;

import org.enchufe.events.Event;
import org.enchufe.events.ProcessEvent;
import org.enchufe.events.SyscallEvent;
import org.enchufe.kernel.Process;
import org.enchufe.kernel.Sandbox;
import org.enchufe.kernel.net.HostNetwork;
import org.enchufe.kernel.net.Topology;
import org.enchufe.lang.Compiler;
import org.enchufe.lang.Disassembler;
import org.enchufe.lang.PySyntaxError;
import org.enchufe.lang.Script;
import org.enchufe.lang.vm.Limits;
import org.enchufe.lang.vm.Tracebacks;

/**
 * {@code java -jar enchufe.jar run [--trace] FILE.py [ARGS…]}: runs a script with Enchufe's Python
 * in a sandbox (so os.fork() works) and behaves as {@code python3 FILE.py} does — same output,
 * errors and exit code — without starting the web server. Every process shares the terminal.
 * {@code --trace} also writes each system call to stderr as {@code strace -f} prints it;
 * {@code --topology} gives the sandbox a virtual network of several hosts, {@code --host} the one
 * the script runs on, and each {@code --also HOST:OTHER.py} starts another program first.
 * {@code run --dis FILE.py} runs nothing: it prints the script's bytecode, as {@code python3 -m dis}
 * shows CPython's, for whoever wants to look inside the VM.
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

    static final String USAGE = "usage: enchufe run [--trace] [--topology NAME|FILE.yaml] [--host HOST] "
            + "[--also HOST:OTHER.py]... FILE.py [ARGS...]\n       enchufe run --dis FILE.py";

    /** The options before the script: what to trace, which virtual network, which hosts run what. */
    private record Options(boolean trace, boolean dis, Topology topology, String host, List<String[]> also, String[] rest) {
    }

    static int run(String[] args, BufferedReader stdin, PrintStream out, PrintStream err) {
        Options o;
        try {
            o = options(args);
        } catch (IllegalArgumentException e) {
            err.println("enchufe run: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (o.rest().length < 1) {
            err.println(USAGE);
            return 2;
        }
        if (o.dis()) {
            return disassemble(o.rest()[0], out, err);
        }
        Consumer<Event> events = o.trace() ? event -> traceLine(event, err) : event -> { };
        Sandbox sandbox = new Sandbox(new TerminalConsole(stdin, out, err), events, Limits.cli(),
                org.enchufe.kernel.KernelLimits.cli(), o.topology());
        try {
            HostNetwork host = hostOf(sandbox, o.host());
            List<Object[]> others = new ArrayList<>();
            for (String[] also : o.also()) {
                String otherSource = read(also[1], err);
                if (otherSource == null) {
                    return 2;
                }
                others.add(new Object[] {hostOf(sandbox, also[0]), also[1], otherSource});
            }
            String file = o.rest()[0];
            String source = read(file, err);
            if (source == null) {
                return 2;
            }
            // Programs given with --also start first, as servers started before their clients.
            for (Object[] other : others) {
                sandbox.start(shownName((String) other[1]), (String) other[2], new String[0], (HostNetwork) other[0]);
            }
            // CPython names the main script by its absolute path in tracebacks.
            Process main = sandbox.start(shownName(file), source, Arrays.copyOfRange(o.rest(), 1, o.rest().length), host);
            int code = sandbox.runToCompletion(main);
            out.flush();
            err.flush();
            return code;
        } catch (IllegalArgumentException e) {
            err.println("enchufe run: " + e.getMessage());
            return 2;
        } finally {
            sandbox.dispose();
        }
    }

    private static Options options(String[] args) {
        boolean trace = false;
        boolean dis = false;
        Topology topology = Topology.DEFAULT;
        String host = null;
        List<String[]> also = new ArrayList<>();
        int i = 0;
        for (; i < args.length && args[i].startsWith("--"); i++) {
            String option = args[i];
            if (option.equals("--trace")) {
                trace = true;
                continue;
            }
            if (option.equals("--dis")) {
                dis = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--topology" -> topology = topology(value);
                case "--host" -> host = value;
                case "--also" -> {
                    int colon = value.indexOf(':');
                    if (colon <= 0) {
                        throw new IllegalArgumentException("--also takes HOST:FILE.py, not " + value);
                    }
                    also.add(new String[] {value.substring(0, colon), value.substring(colon + 1)});
                }
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return new Options(trace, dis, topology, host, also, Arrays.copyOfRange(args, i, args.length));
    }

    // --dis: the module's bytecode and each function's, or the SyntaxError python3 would print.
    private static int disassemble(String file, PrintStream out, PrintStream err) {
        String source = read(file, err);
        if (source == null) {
            return 2;
        }
        String filename = shownName(file);
        try {
            out.print(Disassembler.disassemble(Compiler.compileModule(source, filename)));
            out.flush();
            return 0;
        } catch (PySyntaxError e) {
            err.print(Tracebacks.syntaxError(e, filename, source));
            err.flush();
            return 1;
        }
    }

    // A topology shipped with Enchufe by name, or a YAML file.
    private static Topology topology(String value) {
        Topology builtin = Topology.builtin(value);
        if (builtin != null) {
            return builtin;
        }
        try {
            return Topology.parse(Files.readString(Path.of(value), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException("no built-in topology or readable file named " + value);
        }
    }

    private static HostNetwork hostOf(Sandbox sandbox, String name) {
        if (name == null) {
            return sandbox.network().defaultHost();
        }
        HostNetwork host = sandbox.network().host(name);
        if (host == null) {
            throw new IllegalArgumentException("the topology has no host " + name + "; it has "
                    + sandbox.network().hosts().stream().map(HostNetwork::name).toList());
        }
        return host;
    }

    private static String shownName(String file) {
        return Path.of(file).toAbsolutePath().normalize().toString();
    }

    // The script's text, or null after saying, as python3 does, why it cannot be opened.
    private static String read(String file, PrintStream err) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println("python3: can't open file '" + Path.of(file).toAbsolutePath() + "': [Errno 2] No such file or directory");
        } catch (IOException e) {
            err.println("python3: can't open file '" + file + "': " + e.getMessage());
        }
        return null;
    }

    /** What strace -f writes for an event: each call, and each process's end. */
    private static void traceLine(Event event, PrintStream err) {
        switch (event) {
            case SyscallEvent call -> err.println("[pid " + call.pid() + "] " + call.strace());
            case org.enchufe.events.LinkEvent link -> err.println("[pid " + link.pid() + "] --- datagram of " + link.bytes()
                    + " bytes to " + link.to() + " " + link.fate().name().toLowerCase(java.util.Locale.ROOT) + " on network "
                    + link.network() + " ---");
            case ProcessEvent p when p.change() == ProcessEvent.Change.EXITED -> err.println("[pid " + p.pid() + "] "
                    + ((p.status() & 0x7f) != 0 ? "+++ killed by signal " + (p.status() & 0x7f) + " +++"
                            : "+++ exited with " + (p.status() >> 8) + " +++"));
            default -> { }
        }
    }
}
