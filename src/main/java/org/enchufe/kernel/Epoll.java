package org.enchufe.kernel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.enchufe.lang.runtime.Errno;

/**
 * An epoll instance, as {@code epoll_create1} makes it: an open file of its own in the process's
 * descriptor table (it counts, closes with its last descriptor, and fork() shares it) holding its
 * interest list — each watched descriptor with its event mask. What {@code epoll_wait} reports is
 * decided here, as Linux decides it:
 * <ul>
 *   <li><b>level-triggered</b> (the default): every wait reports a descriptor while it is ready;</li>
 *   <li><b>edge-triggered</b> ({@link #EPOLLET}): a descriptor is reported when it becomes ready
 *       and again once per new arrival — bytes, a datagram, a connection, the end of stream —
 *       not while what is already there waits to be read;</li>
 *   <li><b>one-shot</b> ({@link #EPOLLONESHOT}): reported once, then disarmed until
 *       {@code EPOLL_CTL_MOD} arms it again;</li>
 *   <li>{@link #EPOLLERR} and {@link #EPOLLHUP} whatever was asked; {@link #EPOLLRDHUP} when
 *       asked and the peer has shut its writing side.</li>
 * </ul>
 * A watched descriptor's registration goes with its file: once the descriptor is closed (or names
 * another file) it is no longer reported. The calls themselves are {@link EpollCalls}.
 */
public final class Epoll extends DescriptorTable.OpenFile {

    public static final int EPOLLIN = 0x1;
    public static final int EPOLLPRI = 0x2;
    public static final int EPOLLOUT = 0x4;
    public static final int EPOLLERR = 0x8;
    public static final int EPOLLHUP = 0x10;
    public static final int EPOLLRDHUP = 0x2000;
    public static final int EPOLLEXCLUSIVE = 1 << 28;
    public static final int EPOLLONESHOT = 1 << 30;
    public static final int EPOLLET = 1 << 31;
    public static final int EPOLL_CLOEXEC = 0x80000;

    /** The bits strace names, in the order it prints them. */
    private static final Object[] NAMES = {EPOLLIN, "EPOLLIN", EPOLLPRI, "EPOLLPRI", EPOLLOUT, "EPOLLOUT", EPOLLERR, "EPOLLERR",
        EPOLLHUP, "EPOLLHUP", 0x40, "EPOLLRDNORM", 0x80, "EPOLLRDBAND", 0x100, "EPOLLWRNORM", 0x200, "EPOLLWRBAND",
        0x400, "EPOLLMSG", EPOLLRDHUP, "EPOLLRDHUP", EPOLLEXCLUSIVE, "EPOLLEXCLUSIVE", 1 << 29, "EPOLLWAKEUP",
        EPOLLONESHOT, "EPOLLONESHOT", EPOLLET, "EPOLLET"};

    /** One watched descriptor: what it asked for, and what the edge trigger last reported. */
    private static final class Interest {
        final DescriptorTable.OpenFile file;
        int events;
        boolean armed = true;
        int lastReported;
        long lastArrivals = -1;

        Interest(DescriptorTable.OpenFile file, int events) {
            this.file = file;
            this.events = events;
        }
    }

    /** One descriptor a wait reports, with its events. */
    public record Event(int fd, int events) {
    }

    private final Map<Integer, Interest> interests = new LinkedHashMap<>();

    Epoll() {
    }

    @Override
    protected void closeLast() {
        interests.clear();
    }

    @Override
    public String describe() {
        return "epoll";
    }

    /** The bits EPOLLEXCLUSIVE may come with. */
    private static final int EXCLUSIVE_OK = EPOLLIN | EPOLLOUT | EPOLLERR | EPOLLHUP | 1 << 29 | EPOLLET | EPOLLEXCLUSIVE;

    /**
     * Whether Linux refuses {@code events} before it looks at the interest list (EINVAL):
     * EPOLLEXCLUSIVE in a MOD, with a bit it may not come with, or on an epoll.
     */
    static boolean exclusiveRefused(boolean modify, DescriptorTable.OpenFile target, int events) {
        return (events & EPOLLEXCLUSIVE) != 0 && (modify || target instanceof Epoll || (events & ~EXCLUSIVE_OK) != 0);
    }

    /** EPOLL_CTL_ADD: EEXIST when {@code fd} is watched already. */
    Errno add(int fd, DescriptorTable.OpenFile file, int events) {
        if (interests.containsKey(fd)) {
            return Errno.EEXIST;
        }
        interests.put(fd, new Interest(file, events));
        return null;
    }

    /** EPOLL_CTL_MOD: a new mask, armed again; ENOENT when not watched, EINVAL for one added exclusive. */
    Errno modify(int fd, int events) {
        Interest interest = interests.get(fd);
        if (interest == null) {
            return Errno.ENOENT;
        }
        if ((interest.events & EPOLLEXCLUSIVE) != 0) {
            return Errno.EINVAL;
        }
        interest.events = events;
        interest.armed = true;
        interest.lastReported = 0;
        return null;
    }

    /** EPOLL_CTL_DEL: ENOENT when not watched. */
    Errno remove(int fd) {
        return interests.remove(fd) == null ? Errno.ENOENT : null;
    }

    /** Forgets the registrations whose descriptor was closed in {@code p} (or now names another file). */
    private void forgetClosed(Process p) {
        interests.entrySet().removeIf(e -> p.descriptors().get(e.getKey()) != e.getValue().file);
    }

    /**
     * The descriptors to report now, at most {@code max}: each look consumes an edge or a one-shot.
     * As Linux's ready list does, a descriptor reported goes behind the others, so a wait bounded
     * by {@code max} reaches each ready descriptor in turn.
     */
    List<Event> ready(Process p, int max) {
        forgetClosed(p);
        List<Event> out = new ArrayList<>();
        for (Map.Entry<Integer, Interest> e : interests.entrySet()) {
            if (out.size() == max) {
                break;
            }
            int events = look(p, e.getKey(), e.getValue());
            if (events != 0) {
                out.add(new Event(e.getKey(), events));
            }
        }
        for (Event reported : out) {
            interests.put(reported.fd(), interests.remove(reported.fd()));
        }
        return out;
    }

    private static int look(Process p, int fd, Interest interest) {
        int asked = interest.events;
        int mask = Readiness.revents(p, fd, asked & (EPOLLIN | EPOLLPRI | EPOLLOUT)) & ~Readiness.POLLNVAL;
        if ((asked & EPOLLRDHUP) != 0 && peerShut(interest.file)) {
            mask |= EPOLLRDHUP;
        }
        // What is no longer ready can become ready again: that is an edge.
        interest.lastReported &= mask;
        if (mask == 0 || !interest.armed) {
            return 0;
        }
        long arrivals = arrivals(interest.file);
        if ((asked & EPOLLET) != 0) {
            boolean newBits = (mask & ~interest.lastReported) != 0;
            boolean arrived = (mask & EPOLLIN) != 0 && arrivals != interest.lastArrivals;
            if (!newBits && !arrived) {
                return 0;
            }
        }
        interest.lastReported = mask;
        interest.lastArrivals = arrivals;
        if ((asked & EPOLLONESHOT) != 0) {
            interest.armed = false;
        }
        return mask;
    }

    /**
     * How many times something came in on {@code file}: for a connected stream, what is waiting in
     * the real socket is taken in first (kept for the next read), so an arrival behind bytes not
     * yet read counts too.
     */
    private static long arrivals(DescriptorTable.OpenFile file) {
        if (!(file instanceof SocketObject s)) {
            return 0;
        }
        if (s instanceof StreamSocket stream && connected(stream) && !stream.peerClosed() && !stream.readShut) {
            try {
                stream.readStream(65536, true);
            } catch (IOException e) {
                // The error is the next read's to report; readiness already says the socket is ready.
            }
        }
        return s.arrivals();
    }

    // Whether the peer of a stream has shut its writing side: what is waiting is taken in first, so an
    // end of stream behind bytes not yet read is seen.
    private static boolean peerShut(DescriptorTable.OpenFile file) {
        if (!(file instanceof StreamSocket s) || !connected(s)) {
            return false;
        }
        arrivals(file);
        return s.peerClosed();
    }

    // A stream whose real channel is connected: one there is something to read from.
    private static boolean connected(StreamSocket s) {
        return s.channel != null && s.channel.isOpen() && s.channel.isConnected() && !s.listening();
    }

    /** The descriptors a blocked wait sleeps on: those asked to be read and those asked to be written. */
    List<List<Integer>> watched() {
        List<Integer> read = new ArrayList<>();
        List<Integer> write = new ArrayList<>();
        interests.forEach((fd, interest) -> {
            if (interest.armed && (interest.events & (EPOLLIN | EPOLLPRI | EPOLLRDHUP)) != 0) {
                read.add(fd);
            }
            if (interest.armed && (interest.events & EPOLLOUT) != 0) {
                write.add(fd);
            }
        });
        return List.of(read, write);
    }

    /** An event mask as strace prints it: EPOLLIN|EPOLLET, or 0. */
    static String events(int mask) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < NAMES.length; i += 2) {
            int bit = (Integer) NAMES[i];
            if ((mask & bit) != 0) {
                out.append(out.isEmpty() ? "" : "|").append(NAMES[i + 1]);
            }
        }
        return out.isEmpty() ? "0" : out.toString();
    }

    /** One {@code struct epoll_event} as strace prints it; CPython puts the descriptor in its data. */
    static String event(int events, int fd) {
        return "{events=" + events(events) + ", data={u32=" + fd + ", u64=" + fd + "}}";
    }
}
