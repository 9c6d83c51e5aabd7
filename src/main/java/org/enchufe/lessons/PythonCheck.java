package org.enchufe.lessons;

import java.util.List;
import java.util.Map;

import org.enchufe.events.ConsoleEvent;
import org.enchufe.events.Event;
import org.enchufe.events.LinkEvent;
import org.enchufe.events.ProcessEvent;
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
 * recorded events as a list of plain dicts, built as the VM's objects ({@link PyEvents}) ({@code {'kind': 'syscall', 'name': 'bind', 'args':
 * {'fd': 3, 'addr': ('0.0.0.0', 5000)}, 'result': 0, 'errno': None, 'line': 4, …}}). It runs
 * outside any sandbox (no socket, os or time module to reach) and within limits: five million
 * instructions, 32 MiB, 64 KiB of output. Whatever the function does, the checker gets an answer.
 */
final class PythonCheck {

    /**
     * What the function said: whether it returned something true, and what, or why it failed; or,
     * when it returned {@code (ok, explanation)}, the author's own words in each language.
     */
    record Outcome(boolean holds, String said, Text explained) {
        Outcome(boolean holds, String said) {
            this(holds, said, null);
        }
    }

    static final Limits LIMITS = new Limits(5_000_000, 200, 32L << 20, 64 << 10);
    private static final String MARK = "\u0000verdict\u0000";
    private static final String EXPLAINED = "\u0001";

    private PythonCheck() {
    }

    static Outcome run(String goalId, String source, List<Event> events) {
        // check() may return (ok, 'why') or (ok, {'es': 'por qué', 'en': 'why'}) to say what it saw.
        String program = source + "\n\n__r = check(EVENTS)\n"
                + "if type(__r) is tuple and len(__r) == 2 and type(__r[1]) in (str, dict):\n"
                + "    __w = __r[1] if type(__r[1]) is dict else {'es': __r[1], 'en': __r[1]}\n"
                + "    print('" + MARK + "' + str(bool(__r[0])) + ' " + EXPLAINED
                + "' + str(__w.get('es', ''))[:300] + '" + EXPLAINED + "' + str(__w.get('en', ''))[:300])\n"
                + "else:\n"
                + "    print('" + MARK + "' + str(bool(__r)) + ' ' + repr(__r)[:200])\n";
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        Interpreter in = new Interpreter(out::append, err::append, LIMITS);
        String filename = "<goal " + goalId + ">";
        Code code;
        try {
            code = Compiler.compileModule(program, filename);
        } catch (PySyntaxError e) {
            return new Outcome(false, "SyntaxError: " + e.getMessage());
        }
        in.addSource(filename, program);
        ThreadState main = in.startMain(code);
        // The events go in as objects, built directly: no literal to write out and compile.
        in.modules().get("__main__").dict().putStr("EVENTS", PyEvents.list(events));
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
            // The exception's own line: notes (add_note) print after it.
            return new Outcome(false, in.with(() -> Tracebacks.lastLine(in, uncaught)));
        }
        int at = out.lastIndexOf(MARK);
        if (at < 0) {
            return new Outcome(false, "check() gave no answer");
        }
        String said = out.substring(at + MARK.length()).strip();
        boolean holds = said.startsWith("True");
        said = said.substring(said.indexOf(' ') + 1);
        if (said.startsWith(EXPLAINED)) {
            String[] words = said.substring(EXPLAINED.length()).split(EXPLAINED, 2);
            return new Outcome(holds, said, new Text(words[0], words.length > 1 ? words[1] : words[0]));
        }
        return new Outcome(holds, said);
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
                d.put("queued", s.queued());
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
}
