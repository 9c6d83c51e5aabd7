package org.enchufe.lessons;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.enchufe.events.Event;
import org.enchufe.events.ProcessEvent;
import org.enchufe.events.SocketEvent;
import org.enchufe.events.SyscallEvent;

/**
 * Stable names for sockets, derived from the event stream alone. Events name a socket by
 * (pid, fd), and both are ambiguous: a descriptor number is reused as soon as it is closed, and
 * after fork() parent and child hold the same socket under their own pids. Here a successful
 * {@code socket()} or {@code accept()} (its new descriptor), or a socket event for a descriptor
 * nobody named yet ({@code socketpair()}'s two ends), makes a new identity; {@code fork()} gives
 * the child the parent's whole table; {@code dup} binds the new number to the same identity;
 * {@code close()} ends one binding (the socket event that follows the close still names it), a
 * process's exit ends all of its; an identity ends when its last binding does.
 *
 * <p>Memory is bounded by the live descriptors, not by how many sockets a program ever made.
 * The kernel knows the identity (its {@code SocketObject}); carrying it in the events would make
 * this class a lookup.
 */
final class SocketIdentities {

    /** What a system call concerns: the socket it was made on and the one it made (-1: none). */
    record Touched(long on, long created) {
        static final Touched NONE = new Touched(-1, -1);
    }

    /** Told when an identity ends, so per-socket progress can be forgotten. */
    interface Ended {
        void ended(long id);
    }

    private static final Set<String> DUPS = Set.of("dup", "dup2", "dup3");

    private final Map<Integer, Map<Integer, Long>> tables = new HashMap<>();
    private final Map<Long, Integer> holders = new HashMap<>();
    /** The descriptor a close() just released, still named by the socket event that follows it. */
    private final Map<Integer, long[]> justClosed = new HashMap<>();
    private final Ended ended;
    private long next = 1;

    SocketIdentities(Ended ended) {
        this.ended = ended;
    }

    /** Updates the tables for {@code e} and says which sockets it concerns. */
    Touched accept(Event e) {
        return switch (e) {
            case SyscallEvent call -> call(call);
            case SocketEvent s -> {
                long[] closing = justClosed.get(s.pid());
                if (closing != null && closing[0] == s.fd()) {
                    justClosed.remove(s.pid());
                    yield new Touched(closing[1], -1);
                }
                Long id = table(s.pid()).get(s.fd());
                if (id == null && s.state() != org.enchufe.events.SocketState.CLOSED) {
                    long made = bind(s.pid(), s.fd(), next++);
                    yield new Touched(made, made);
                }
                yield new Touched(id == null ? -1 : id, -1);
            }
            case ProcessEvent p -> {
                if (p.change() == ProcessEvent.Change.FORKED) {
                    Map<Integer, Long> parent = tables.get(p.ppid());
                    if (parent != null) {
                        parent.forEach((fd, id) -> bind(p.pid(), fd, id));
                    }
                } else if (p.change() == ProcessEvent.Change.EXITED) {
                    Map<Integer, Long> table = tables.remove(p.pid());
                    if (table != null) {
                        table.values().forEach(this::release);
                    }
                    justClosed.remove(p.pid());
                }
                yield Touched.NONE;
            }
            default -> Touched.NONE;
        };
    }

    private Touched call(SyscallEvent call) {
        boolean ok = call.errno() == null;
        Object fdArg = call.args().get("fd");
        Long on = fdArg instanceof Integer fd ? table(call.pid()).get(fd) : null;
        justClosed.remove(call.pid());
        if (!ok) {
            return new Touched(on == null ? -1 : on, -1);
        }
        switch (call.name()) {
            case "socket" -> {
                long made = bind(call.pid(), (int) call.result(), next++);
                return new Touched(made, made);
            }
            case "accept" -> {
                long made = bind(call.pid(), (int) call.result(), next++);
                return new Touched(on == null ? -1 : on, made);
            }
            case "close" -> {
                if (on != null && fdArg instanceof Integer fd) {
                    table(call.pid()).remove(fd);
                    justClosed.put(call.pid(), new long[] {fd, on});
                    release(on);
                }
                return new Touched(on == null ? -1 : on, -1);
            }
            default -> {
                if (DUPS.contains(call.name()) && on != null) {
                    Long previous = table(call.pid()).get((int) call.result());
                    if (previous != null) {
                        release(previous);
                    }
                    bind(call.pid(), (int) call.result(), on);
                }
                return new Touched(on == null ? -1 : on, -1);
            }
        }
    }

    private long bind(int pid, int fd, long id) {
        Long previous = table(pid).put(fd, id);
        if (previous != null && previous != id) {
            release(previous);
        }
        holders.merge(id, 1, Integer::sum);
        return id;
    }

    private void release(long id) {
        Integer left = holders.merge(id, -1, Integer::sum);
        if (left != null && left <= 0) {
            holders.remove(id);
            ended.ended(id);
        }
    }

    private Map<Integer, Long> table(int pid) {
        return tables.computeIfAbsent(pid, p -> new HashMap<>());
    }

    /** The identity {@code fd} of {@code pid} holds now, or -1. */
    long of(int pid, int fd) {
        Long id = table(pid).get(fd);
        return id == null ? -1 : id;
    }

    /** The descriptor under which {@code pid} holds identity {@code id} now, or -1. */
    int fdOf(int pid, long id) {
        for (Map.Entry<Integer, Long> e : table(pid).entrySet()) {
            if (e.getValue() == id) {
                return e.getKey();
            }
        }
        return -1;
    }

    /** Identities alive now: what this class holds memory for. */
    int live() {
        return holders.size();
    }
}
