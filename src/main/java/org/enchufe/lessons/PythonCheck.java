package org.enchufe.lessons;

import java.util.List;
import java.util.Map;

import org.enchufe.events.ConsoleEvent;
import org.enchufe.events.Event;
import org.enchufe.events.LinkEvent;
import org.enchufe.events.ProcessEvent;
import org.enchufe.events.Sockaddr;
import org.enchufe.events.SocketEvent;
import org.enchufe.events.SyscallEvent;
import org.enchufe.events.ThreadEvent;
import org.enchufe.lang.Code;
import org.enchufe.lang.Compiler;
import org.enchufe.lang.PySyntaxError;
import org.enchufe.lang.runtime.ExceptionTypes;
import org.enchufe.lang.runtime.PyException;
import org.enchufe.lang.vm.Interpreter;
import org.enchufe.lang.vm.Limits;
import org.enchufe.lang.vm.ThreadState;
import org.enchufe.lang.vm.Tracebacks;

/**
 * Runs a {@code python} goal: the author's {@code check(events)} on Enchufe's own VM, given the
 * recorded events as a list of plain dicts ({@code {'kind': 'syscall', 'name': 'bind', 'args':
 * {'fd': 3, 'addr': ('0.0.0.0', 5000)}, 'result': 0, 'errno': None, 'line': 4, …}}). It runs
 * outside any sandbox (no socket, os or time module to reach) and within limits: five million
 * instructions, 32 MiB, 64 KiB of output. Whatever the function does, the checker gets an answer.
 */
final class PythonCheck {

    /** What the function said: whether it returned something true, and what, or why it failed. */
    record Outcome(boolean holds, String said) {
    }

    static final Limits LIMITS = new Limits(5_000_000, 200, 32L << 20, 64 << 10);
    private static final String MARK = "\u0000verdict\u0000";

    private PythonCheck() {
    }

    static Outcome run(String goalId, String source, List<Event> events) {
        StringBuilder program = new StringBuilder(source).append("\n\nEVENTS = [\n");
        for (Event e : events) {
            program.append("    ").append(literal(dict(e))).append(",\n");
        }
        program.append("]\n__r = check(EVENTS)\nprint('").append(MARK).append("' + str(bool(__r)) + ' ' + repr(__r)[:200])\n");
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        Interpreter in = new Interpreter(out::append, err::append, LIMITS);
        String filename = "<goal " + goalId + ">";
        Code code;
        try {
            code = Compiler.compileModule(program.toString(), filename);
        } catch (PySyntaxError e) {
            return new Outcome(false, "SyntaxError: " + e.getMessage());
        }
        in.addSource(filename, program.toString());
        ThreadState main = in.startMain(code);
        while (true) {
            Interpreter.Outcome step = in.run(main, 100_000);
            if (step == Interpreter.Outcome.FINISHED) {
                break;
            }
            if (step == Interpreter.Outcome.BLOCKED) {
                main.resumeWithError(PyException.of(ExceptionTypes.RUNTIME_ERROR, "a goal's check cannot wait for anything"));
            }
        }
        PyException uncaught = main.uncaught();
        if (uncaught != null) {
            String traceback = in.with(() -> Tracebacks.format(in, uncaught)).strip();
            return new Outcome(false, traceback.substring(traceback.lastIndexOf('\n') + 1));
        }
        int at = out.lastIndexOf(MARK);
        if (at < 0) {
            return new Outcome(false, "check() gave no answer");
        }
        String said = out.substring(at + MARK.length()).strip();
        return new Outcome(said.startsWith("True"), said.substring(said.indexOf(' ') + 1));
    }

    /** An event as the dict a check function reads. */
    static Map<String, Object> dict(Event e) {
        Map<String, Object> d = new java.util.LinkedHashMap<>();
        d.put("seq", e.seq());
        d.put("t", e.t());
        d.put("pid", e.pid());
        switch (e) {
            case SyscallEvent s -> {
                d.put("kind", "syscall");
                d.put("name", s.name());
                d.put("args", s.args());
                d.put("result", s.result());
                d.put("errno", s.errno() == null ? null : s.errno().name());
                d.put("line", s.line());
            }
            case SocketEvent s -> {
                d.put("kind", "socket");
                d.put("fd", s.fd());
                d.put("family", s.family());
                d.put("type", s.type());
                d.put("state", s.state().name());
                d.put("local", s.local());
                d.put("remote", s.remote());
            }
            case ProcessEvent p -> {
                d.put("kind", "process");
                d.put("ppid", p.ppid());
                d.put("change", p.change().name());
                d.put("status", p.status());
                d.put("program", p.program());
            }
            case ConsoleEvent c -> {
                d.put("kind", "console");
                d.put("stream", c.stream());
                d.put("text", c.text());
            }
            case ThreadEvent t -> {
                d.put("kind", "thread");
                d.put("tid", t.tid());
                d.put("name", t.name());
                d.put("change", t.change().name());
            }
            case LinkEvent l -> {
                d.put("kind", "link");
                d.put("fd", l.fd());
                d.put("fate", l.fate().name());
                d.put("network", l.network());
                d.put("to", l.to());
                d.put("bytes", l.bytes());
            }
        }
        return d;
    }

    /** A Python literal for a value: dicts, lists, strings, bytes, numbers, booleans, None, addresses as tuples. */
    static String literal(Object value) {
        return switch (value) {
            case null -> "None";
            case Boolean b -> b ? "True" : "False";
            case Integer i -> i.toString();
            case Long l -> l.toString();
            case Number n -> n.toString();
            case String s -> quote(s);
            case byte[] bytes -> bytes(bytes);
            case Sockaddr.Inet inet -> "(" + quote(inet.host()) + ", " + inet.port() + ")";
            case Sockaddr.Unix unix -> quote(unix.path());
            case Map<?, ?> map -> {
                StringBuilder s = new StringBuilder("{");
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (s.length() > 1) {
                        s.append(", ");
                    }
                    s.append(quote(String.valueOf(entry.getKey()))).append(": ").append(literal(entry.getValue()));
                }
                yield s.append('}').toString();
            }
            case List<?> list -> {
                StringBuilder s = new StringBuilder("[");
                for (Object item : list) {
                    s.append(s.length() > 1 ? ", " : "").append(literal(item));
                }
                yield s.append(']').toString();
            }
            default -> quote(String.valueOf(value));
        };
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("'");
        s.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('\'').toString();
    }

    private static String bytes(byte[] data) {
        StringBuilder out = new StringBuilder("b'");
        for (byte b : data) {
            int c = b & 0xFF;
            if (c == '\\' || c == '\'') {
                out.append('\\').append((char) c);
            } else if (c >= 0x20 && c < 0x7f) {
                out.append((char) c);
            } else {
                out.append(String.format("\\x%02x", c));
            }
        }
        return out.append('\'').toString();
    }
}
