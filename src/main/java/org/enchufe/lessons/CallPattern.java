package org.enchufe.lessons;

import java.util.Map;

import org.enchufe.events.Sockaddr;
import org.enchufe.events.SyscallEvent;

/**
 * Which system calls a goal means: a name ({@code send} also matches {@code sendall}'s sends,
 * since the kernel reports each as {@code send}), arguments, and an outcome.
 *
 * @param name   the call as the trace names it: socket, bind, listen, accept, connect, send,
 *               recv, sendto, recvfrom, close, shutdown…
 * @param args   arguments that must be equal; {@code port} and {@code host} look inside the
 *               address, a flag such as {@code SOCK_STREAM} matches {@code SOCK_STREAM|SOCK_CLOEXEC}
 * @param result the return value it must have had, or null for any
 * @param errno  the errno it must have failed with, {@code ok} for "succeeded", or null for any
 */
public record CallPattern(String name, Map<String, Object> args, Long result, String errno) {

    public CallPattern {
        args = args == null ? Map.of() : Map.copyOf(args);
    }

    public static CallPattern named(String name) {
        return new CallPattern(name, Map.of(), null, null);
    }

    /** Whether the call has this name (the outcome and arguments aside). */
    boolean sameCall(SyscallEvent e) {
        return name == null || name.equals(e.name()) || name.equals("recvfrom") && e.name().equals("recv");
    }

    boolean matches(SyscallEvent e) {
        if (!sameCall(e)) {
            return false;
        }
        if (errno != null) {
            boolean ok = e.errno() == null;
            if (errno.equals("ok") ? !ok : ok || !errno.equals(e.errno().name())) {
                return false;
            }
        }
        if (result != null && (e.errno() != null || e.result() != result)) {
            return false;
        }
        for (Map.Entry<String, Object> want : args.entrySet()) {
            if (!argMatches(e.args(), want.getKey(), want.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static boolean argMatches(Map<String, Object> args, String key, Object want) {
        Object got = switch (key) {
            case "port" -> args.get("addr") instanceof Sockaddr.Inet inet ? (Object) inet.port() : null;
            case "host" -> args.get("addr") instanceof Sockaddr.Inet inet ? inet.host() : null;
            case "path" -> args.get("addr") instanceof Sockaddr.Unix unix ? unix.path() : null;
            default -> args.get(key);
        };
        if (got == null) {
            return want == null;
        }
        if (want instanceof Number n && got instanceof Number g) {
            return n.longValue() == g.longValue();
        }
        String text = String.valueOf(got);
        String wanted = String.valueOf(want);
        return text.equals(wanted) || java.util.Arrays.asList(text.split("\\|")).contains(wanted);
    }

    /** How the call reads in a goal's explanation: {@code bind(port=0) → ok}. */
    String describe() {
        StringBuilder s = new StringBuilder(name == null ? "any call" : name);
        if (!args.isEmpty()) {
            s.append(args.toString().replace('{', '(').replace('}', ')'));
        }
        if (errno != null) {
            s.append(" → ").append(errno);
        } else if (result != null) {
            s.append(" → ").append(result);
        }
        return s.toString();
    }
}
