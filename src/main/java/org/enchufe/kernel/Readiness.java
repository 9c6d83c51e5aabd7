package org.enchufe.kernel;

import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.enchufe.events.DecidedBy;
import org.enchufe.lang.runtime.Errno;
import org.enchufe.lang.runtime.PyErrors;

/**
 * select() and poll(): which of a process's descriptors are ready to read or write, looked at
 * without consuming anything, and what the blocked call waits for when none is. Each completed
 * call is reported with the line strace prints for it (glibc's select is {@code pselect6}).
 */
public final class Readiness {

    public static final int POLLIN = 1;
    public static final int POLLPRI = 2;
    public static final int POLLOUT = 4;
    public static final int POLLERR = 8;
    public static final int POLLHUP = 16;
    public static final int POLLNVAL = 32;

    private Readiness() {
    }

    /** The descriptors select() found ready, by list: readable, writable, exceptional (urgent data). */
    public record Ready(List<Integer> read, List<Integer> write, List<Integer> except) {
        public static final Ready NONE = new Ready(List.of(), List.of(), List.of());

        public boolean any() {
            return !read.isEmpty() || !write.isEmpty() || !except.isEmpty();
        }
    }

    /** One look for select(): EBADF (reported) if a descriptor is not open. */
    public static Ready select(Process p, List<Integer> read, List<Integer> write, List<Integer> except, long timeoutNanos) {
        for (List<Integer> list : List.of(read, write, except)) {
            for (int fd : list) {
                if (p.descriptors().get(fd) == null) {
                    p.sandbox().syscall(p, "select", Map.of("nfds", nfds(read, write, except)), -1, Errno.EBADF,
                            selectCall(read, write, except, timeoutNanos), DecidedBy.OS);
                    throw PyErrors.osError(Errno.EBADF);
                }
            }
        }
        List<Integer> readable = new ArrayList<>();
        List<Integer> writable = new ArrayList<>();
        for (int fd : read) {
            if (!readable.contains(fd) && readable(p, fd)) {
                readable.add(fd);
            }
        }
        for (int fd : write) {
            if (!writable.contains(fd) && writable(p, fd)) {
                writable.add(fd);
            }
        }
        List<Integer> exceptional = new ArrayList<>();
        for (int fd : except) {
            if (!exceptional.contains(fd) && urgent(p, fd)) {
                exceptional.add(fd);
            }
        }
        return new Ready(readable, writable, exceptional);
    }

    /** Reports a select() that returned {@code ready} (none: it timed out). */
    public static void reportSelect(Process p, List<Integer> read, List<Integer> write, List<Integer> except, long timeoutNanos,
                                    long leftNanos, Ready ready) {
        int n = ready.read().size() + ready.write().size() + ready.except().size();
        List<String> parts = new ArrayList<>();
        if (!ready.read().isEmpty()) {
            parts.add("in " + fdSet(ready.read()));
        }
        if (!ready.write().isEmpty()) {
            parts.add("out " + fdSet(ready.write()));
        }
        if (!ready.except().isEmpty()) {
            parts.add("except " + fdSet(ready.except()));
        }
        if (n > 0 && timeoutNanos >= 0) {
            parts.add("left " + timespec(leftNanos));
        }
        String result = n == 0 ? "0 (Timeout)" : n + " (" + String.join(", ", parts) + ")";
        p.sandbox().syscallText(p, "select", Map.of("nfds", nfds(read, write, except), "read", ready.read(), "write",
                ready.write(), "except", ready.except()), n, selectCall(read, write, except, timeoutNanos) + " = " + result);
    }

    private static int nfds(List<Integer> read, List<Integer> write, List<Integer> except) {
        int max = -1;
        for (List<Integer> list : List.of(read, write, except)) {
            for (int fd : list) {
                max = Math.max(max, fd);
            }
        }
        return max + 1;
    }

    private static String selectCall(List<Integer> read, List<Integer> write, List<Integer> except, long timeoutNanos) {
        return "pselect6(" + nfds(read, write, except) + ", " + fdSetOrNull(read) + ", " + fdSetOrNull(write) + ", "
                + fdSetOrNull(except) + ", " + (timeoutNanos < 0 ? "NULL" : timespec(timeoutNanos)) + ", NULL)";
    }

    private static String fdSetOrNull(List<Integer> fds) {
        return fds.isEmpty() ? "NULL" : fdSet(fds);
    }

    private static String fdSet(List<Integer> fds) {
        return "[" + fds.stream().distinct().sorted().map(String::valueOf).collect(Collectors.joining(" ")) + "]";
    }

    private static String timespec(long nanos) {
        return "{tv_sec=" + nanos / 1_000_000_000L + ", tv_nsec=" + nanos % 1_000_000_000L + "}";
    }

    /** poll()'s revents for one descriptor asking for {@code events}; 0 when nothing is ready. */
    public static int revents(Process p, int fd, int events) {
        if (p.descriptors().get(fd) == null) {
            return POLLNVAL;
        }
        int revents = 0;
        if ((events & POLLIN) != 0 && readable(p, fd)) {
            revents |= POLLIN;
        }
        if ((events & POLLPRI) != 0 && urgent(p, fd)) {
            revents |= POLLPRI;
        }
        if ((events & POLLOUT) != 0 && writable(p, fd)) {
            revents |= POLLOUT;
        }
        // Hung up, whatever was asked: an AF_UNIX peer gone, or a TCP connection closed both ways.
        if (p.descriptors().get(fd) instanceof SocketObject s && s.hungUp()) {
            revents |= POLLHUP;
        }
        // An error waiting in SO_ERROR (a connect refused), whatever was asked.
        if (p.descriptors().get(fd) instanceof SocketObject s && s.errorPending()) {
            revents |= POLLERR;
        }
        return revents;
    }

    /** Reports a poll() call. */
    public static void reportPoll(Process p, List<int[]> asked, List<int[]> ready, int timeoutMillis) {
        String fds = asked.stream().map(a -> "{fd=" + a[0] + ", events=" + pollEvents(a[1]) + "}")
                .collect(Collectors.joining(", ", "[", "]"));
        String result = ready.isEmpty() ? "0 (Timeout)"
                : ready.size() + " (" + ready.stream().map(r -> "{fd=" + r[0] + ", revents=" + pollEvents(r[1]) + "}")
                        .collect(Collectors.joining(", ", "[", "]")) + ")";
        p.sandbox().syscallText(p, "poll", Map.of("nfds", asked.size(), "ready", ready.size()), ready.size(),
                "poll(" + fds + ", " + asked.size() + ", " + timeoutMillis + ") = " + result);
    }

    private static String pollEvents(int events) {
        List<String> names = new ArrayList<>();
        String[] all = {"POLLIN", "POLLPRI", "POLLOUT", "POLLERR", "POLLHUP", "POLLNVAL"};
        for (int bit = 0; bit < all.length; bit++) {
            if ((events & (1 << bit)) != 0) {
                names.add(all[bit]);
            }
        }
        return names.isEmpty() ? "0" : String.join("|", names);
    }

    /** What a blocked select()/poll() waits for: the channels behind the descriptors, or the console. */
    public static List<KernelCall.Wait> waits(Process p, List<Integer> read, List<Integer> write) {
        List<KernelCall.Wait> waits = new ArrayList<>();
        for (int fd : read) {
            DescriptorTable.OpenFile file = p.descriptors().get(fd);
            if (file instanceof SocketObject s && s.selectable() != null) {
                int ops = s.selectable().validOps() & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT);
                waits.add(new KernelCall.Wait(s.selectable(), ops));
            } else if (file instanceof PipeEnd pipe && pipe.reading) {
                waits.add(new KernelCall.Wait(pipe.channel(), SelectionKey.OP_READ));
            } else if (file instanceof DescriptorTable.Console) {
                waits.add(new KernelCall.Wait(null, 0));
            }
        }
        for (int fd : write) {
            DescriptorTable.OpenFile file = p.descriptors().get(fd);
            if (file instanceof SocketObject s && s.selectable() != null) {
                int ops = s.selectable().validOps() & (SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT);
                waits.add(new KernelCall.Wait(s.selectable(), ops));
            } else if (file instanceof PipeEnd pipe && !pipe.reading) {
                waits.add(new KernelCall.Wait(pipe.channel(), SelectionKey.OP_WRITE));
            }
        }
        return waits;
    }

    private static boolean readable(Process p, int fd) {
        DescriptorTable.OpenFile file = p.descriptors().get(fd);
        try {
            return switch (file) {
                case SocketObject s -> s.readable();
                case PipeEnd pipe -> pipe.readable();
                case DescriptorTable.Console c -> c.describe().equals("stdin") && p.sandbox().consoleReady(p.pid());
                default -> false;
            };
        } catch (IOException e) {
            // A socket the OS reports an error on is "ready": the next call returns the error.
            return true;
        }
    }

    private static boolean urgent(Process p, int fd) {
        return p.descriptors().get(fd) instanceof SocketObject s && s.urgentPending();
    }

    private static boolean writable(Process p, int fd) {
        return switch (p.descriptors().get(fd)) {
            case StreamSocket s when s.state == org.enchufe.events.SocketState.SYN_SENT -> s.settleConnect(p, fd);
            case SocketObject s -> s.writable();
            case PipeEnd pipe -> pipe.writable();
            case DescriptorTable.Console c -> !c.describe().equals("stdin");
            default -> false;
        };
    }
}
