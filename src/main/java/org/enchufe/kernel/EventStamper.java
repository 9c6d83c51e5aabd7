package org.enchufe.kernel;

import java.util.Map;
import java.util.function.Consumer;

import org.enchufe.events.ConsoleEvent;
import org.enchufe.events.DecidedBy;
import org.enchufe.events.Event;
import org.enchufe.events.EventClock;
import org.enchufe.events.FailureCause;
import org.enchufe.events.LinkEvent;
import org.enchufe.events.ProcessEvent;
import org.enchufe.events.Sockaddr;
import org.enchufe.events.SocketEvent;
import org.enchufe.events.SocketState;
import org.enchufe.events.SyscallEvent;
import org.enchufe.events.ThreadEvent;
import org.enchufe.lang.runtime.Errno;

/**
 * The one place a sandbox's events are made: each takes the next stamp (sequence number and
 * time, from one tick of the kernel's clock) before it is built, and goes to the listener in
 * that order.
 */
final class EventStamper {

    private final EventClock clock;
    private final Consumer<Event> listener;

    EventStamper(KernelClock time, Consumer<Event> listener) {
        this.clock = new EventClock(time::nanoTime);
        this.listener = listener;
    }

    void process(int pid, int ppid, ProcessEvent.Change change, int status, String program) {
        EventClock.Stamp at = clock.next();
        listener.accept(new ProcessEvent(at.seq(), at.t(), pid, ppid, change, status, program));
    }

    /** A system call with its result or errno; {@code call} is the strace line's part before " = ". */
    void syscall(Process p, String name, Map<String, Object> args, long result, Errno errno, String call,
                 DecidedBy decidedBy) {
        syscall(p, name, args, result, errno, null, call, decidedBy);
    }

    /** The same, with what the sandbox knows of the failure's cause. */
    void syscall(Process p, String name, Map<String, Object> args, long result, Errno errno, FailureCause cause, String call,
                 DecidedBy decidedBy) {
        SyscallEvent.ErrnoInfo info = errno == null ? null
                : new SyscallEvent.ErrnoInfo(errno.name(), errno.number(), errno.message(), cause);
        String strace = Strace.completed(call, result, errno);
        EventClock.Stamp at = clock.next();
        listener.accept(new SyscallEvent(at.seq(), at.t(), p.pid(), name, args, errno == null ? result : -1, info, strace,
                p.thread().callLine(), decidedBy));
    }

    /** A successful call whose strace line is whole already (select, poll). */
    void syscallText(Process p, String name, Map<String, Object> args, long result, String strace) {
        EventClock.Stamp at = clock.next();
        listener.accept(new SyscallEvent(at.seq(), at.t(), p.pid(), name, args, result, null, strace, p.thread().callLine(),
                DecidedBy.OS));
    }

    /** Family, type and (for a listener) its queue come from the socket. */
    void socket(int pid, int fd, SocketObject s, SocketState state, Sockaddr local, Sockaddr remote) {
        Integer queued = s instanceof StreamSocket stream && stream.listening() ? stream.queued() : null;
        EventClock.Stamp at = clock.next();
        listener.accept(new SocketEvent(at.seq(), at.t(), pid, fd, Strace.family(s.family), s.typeName(), state, local, remote,
                queued));
    }

    void link(int pid, int fd, LinkEvent.Fate fate, String network, String to, int bytes) {
        EventClock.Stamp at = clock.next();
        listener.accept(new LinkEvent(at.seq(), at.t(), pid, fd, fate, network, to, bytes));
    }

    void thread(int pid, Task t, ThreadEvent.Change change) {
        EventClock.Stamp at = clock.next();
        listener.accept(new ThreadEvent(at.seq(), at.t(), pid, t.tid(), t.name(), change));
    }

    void console(int pid, String stream, String text) {
        EventClock.Stamp at = clock.next();
        listener.accept(new ConsoleEvent(at.seq(), at.t(), pid, stream, text));
    }
}
