package org.enchufe.kernel.modules;

import java.util.LinkedHashMap;
import java.util.Map;

import org.enchufe.kernel.net.Resolver;
import org.enchufe.lang.vm.Interpreter;

/**
 * The resolver's calls as the trace shows them: one row per library call (gethostbyname,
 * getaddrinfo, getservbyname…) saying what was asked, the answer and the source that gave it —
 * {@code files} (the host's /etc/hosts or /etc/services) or {@code dns} (the topology's DNS) — or
 * the error and the sources asked. strace would show the file read and the DNS datagrams behind
 * such a call; the row says the same in one line, ltrace's way:
 * {@code gethostbyname("www.ceu.es") = "172.25.4.4" <files>}.
 */
final class ResolverTrace {

    private ResolverTrace() {
    }

    /** A lookup that found its answer in {@code source}. */
    static void answered(Interpreter in, String call, Object query, Resolver.Source source, Object answer) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("name", query);
        args.put("source", source.label());
        args.put("answer", answer);
        report(in, call, args, 0, shown(query) + ") = " + shown(answer) + " <" + source.label() + ">");
    }

    /** A lookup nobody could answer: glibc's error, its text, and the sources asked. */
    static void failed(Interpreter in, String call, Object query, String error, String message, String asked) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("name", query);
        args.put("source", null);
        args.put("error", error);
        report(in, call, args, -1, shown(query) + ") = -1 " + error + " (" + message + ") <" + asked + ">");
    }

    /** gethostname(): not the resolver at all, but the uname() system call. */
    static void hostname(Interpreter in, String name) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("nodename", name);
        SocketModule.process(in).sandbox().syscallText(SocketModule.process(in), "gethostname", args, 0,
                "uname({sysname=\"Linux\", nodename=" + quote(name) + ", ...}) = 0");
    }

    private static void report(Interpreter in, String call, Map<String, Object> args, long result, String rest) {
        SocketModule.process(in).sandbox().syscallText(SocketModule.process(in), call, args, result, call + "(" + rest);
    }

    private static String shown(Object value) {
        return value instanceof String s ? quote(s) : String.valueOf(value);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
