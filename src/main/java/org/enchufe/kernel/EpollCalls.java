package org.enchufe.kernel;

import static org.enchufe.kernel.Syscall.args;

import java.util.List;

import org.enchufe.lang.runtime.Errno;

/**
 * epoll's system calls: {@code epoll_create1}, {@code epoll_ctl} and {@code epoll_wait}, each
 * checked in Linux's order and reported with the line strace prints for it. What a wait reports
 * is the {@link Epoll}'s to decide; a wait with nothing to report is the caller's to block.
 */
public final class EpollCalls {

    public static final int EPOLL_CTL_ADD = 1;
    public static final int EPOLL_CTL_DEL = 2;
    public static final int EPOLL_CTL_MOD = 3;

    private EpollCalls() {
    }

    /** epoll_create1(EPOLL_CLOEXEC), as CPython always calls it: a new epoll on the lowest free descriptor. */
    public static int create(Process p) {
        Syscall c = new Syscall(p, -1, "epoll_create1", args(), "epoll_create1", "EPOLL_CLOEXEC");
        Errno full = DescriptorBudget.refusal(p, 1);
        if (full != null) {
            throw c.refuse(full);
        }
        int fd = p.descriptors().allocate(new Epoll());
        c.with(args("epfd", fd)).ok(fd);
        return fd;
    }

    /**
     * epoll_ctl(epfd, op, fd, {events, fd}): EBADF, EINVAL (not an epoll, itself, EPOLLEXCLUSIVE
     * where Linux refuses it), EEXIST or ENOENT, in Linux's order.
     */
    public static void ctl(Process p, int epfd, int op, int fd, int events) {
        String opName = switch (op) {
            case EPOLL_CTL_ADD -> "EPOLL_CTL_ADD";
            case EPOLL_CTL_DEL -> "EPOLL_CTL_DEL";
            default -> "EPOLL_CTL_MOD";
        };
        Syscall c = new Syscall(p, epfd, "epoll_ctl", args("epfd", epfd, "op", opName, "fd", fd, "events", Epoll.events(events)),
                "epoll_ctl", epfd, opName, fd, op == EPOLL_CTL_DEL ? null : new int[] {events, fd});
        DescriptorTable.OpenFile file = p.descriptors().get(epfd);
        DescriptorTable.OpenFile target = p.descriptors().get(fd);
        if (file == null || target == null) {
            throw c.fail(Errno.EBADF);
        }
        if (!(file instanceof Epoll epoll) || target == file
                || op != EPOLL_CTL_DEL && Epoll.exclusiveRefused(op == EPOLL_CTL_MOD, target, events)) {
            throw c.fail(Errno.EINVAL);
        }
        Errno refused = switch (op) {
            case EPOLL_CTL_ADD -> epoll.add(fd, target, events);
            case EPOLL_CTL_DEL -> epoll.remove(fd);
            default -> epoll.modify(fd, events);
        };
        if (refused != null) {
            throw c.fail(refused);
        }
        c.ok(0);
    }

    /**
     * One look of epoll_wait(epfd, …, maxevents, timeout): the descriptors ready now (reported),
     * or null when none is (nothing reported: the caller waits, or reports the timeout with
     * {@link #timedOut}). EBADF or EINVAL (not an epoll) are reported and thrown.
     */
    public static List<Epoll.Event> look(Process p, int epfd, int maxevents, int timeoutMillis) {
        Epoll epoll = epoll(p, epfd, maxevents, timeoutMillis);
        List<Epoll.Event> ready = epoll.ready(p, maxevents);
        if (ready.isEmpty()) {
            return null;
        }
        report(p, epfd, ready, maxevents, timeoutMillis);
        return ready;
    }

    /** Reports an epoll_wait whose timeout passed with nothing to report. */
    public static void timedOut(Process p, int epfd, int maxevents, int timeoutMillis) {
        report(p, epfd, List.of(), maxevents, timeoutMillis);
    }

    /** What a blocked epoll_wait sleeps on: the channels of the descriptors it watches. */
    public static List<KernelCall.Wait> waits(Process p, int epfd) {
        if (!(p.descriptors().get(epfd) instanceof Epoll epoll)) {
            return List.of();
        }
        List<List<Integer>> watched = epoll.watched();
        return Readiness.waits(p, watched.get(0), watched.get(1));
    }

    private static Epoll epoll(Process p, int epfd, int maxevents, int timeoutMillis) {
        DescriptorTable.OpenFile file = p.descriptors().get(epfd);
        if (file instanceof Epoll epoll) {
            return epoll;
        }
        Syscall c = new Syscall(p, epfd, "epoll_wait", args("epfd", epfd), "epoll_wait", epfd, null, maxevents, timeoutMillis);
        throw c.fail(file == null ? Errno.EBADF : Errno.EINVAL);
    }

    private static void report(Process p, int epfd, List<Epoll.Event> ready, int maxevents, int timeoutMillis) {
        new Syscall(p, epfd, "epoll_wait", args("epfd", epfd, "ready", ready.size()), "epoll_wait", epfd, ready, maxevents,
                timeoutMillis).ok(ready.size());
    }
}
