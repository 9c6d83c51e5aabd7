package org.enchufe.kernel;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.SocketChannel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.enchufe.events.DecidedBy;
import org.enchufe.events.Event;
import org.enchufe.events.EventClock;
import org.enchufe.events.SocketEvent;
import org.enchufe.events.SocketState;
import org.enchufe.events.Sockaddr;
import org.enchufe.events.SyscallEvent;
import org.enchufe.lang.runtime.Errno;

/**
 * The home page's first experiment, the three lines of {@link #SOURCE} performed on a real
 * kernel socket and reported call by call, as a sandbox process will report them.
 */
public final class FirstSocket {

    /** The Python the experiment performs; line numbers in its events refer to this text. */
    public static final String SOURCE = """
            import socket
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.bind(('127.0.0.1', 0))
            s.close()
            """;

    private static final int PID = 1;
    private static final int FD = 3;
    private static final String LOOPBACK = "127.0.0.1";
    /** socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_IP), as CPython makes it. */
    private static final Object[] SOCKET_CALL = {2, 1 | 0x80000, 0};

    private final EventClock clock = new EventClock();
    private final Consumer<Event> sink;

    public FirstSocket(Consumer<Event> sink) {
        this.sink = sink;
    }

    /** Runs the three calls; returns the address the kernel bound, or null if a call failed. */
    public Sockaddr.Inet run() {
        SocketChannel channel;
        try {
            channel = SocketChannel.open(StandardProtocolFamily.INET);
        } catch (IOException e) {
            syscall("socket", socketArgs(), 2, -1, failure(e), SOCKET_CALL);
            return null;
        }
        syscall("socket", socketArgs(), 2, FD, null, SOCKET_CALL);
        socketState(SocketState.CREATED, null);

        Sockaddr.Inet requested = new Sockaddr.Inet(LOOPBACK, 0);
        Sockaddr.Inet bound = null;
        Object[] bindCall = {FD, requested};
        try {
            channel.bind(new InetSocketAddress(LOOPBACK, 0));
            InetSocketAddress local = (InetSocketAddress) channel.getLocalAddress();
            bound = new Sockaddr.Inet(LOOPBACK, local.getPort());
            syscall("bind", bindArgs(requested), 3, 0, null, bindCall);
            socketState(SocketState.BOUND, bound);
        } catch (IOException e) {
            syscall("bind", bindArgs(requested), 3, -1, failure(e), bindCall);
        }

        try {
            channel.close();
            syscall("close", Map.of("fd", FD), 4, 0, null, new Object[] {FD});
            socketState(SocketState.CLOSED, bound);
        } catch (IOException e) {
            syscall("close", Map.of("fd", FD), 4, -1, failure(e), new Object[] {FD});
        }
        return bound;
    }

    private static Map<String, Object> socketArgs() {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("domain", "AF_INET");
        args.put("type", "SOCK_STREAM");
        args.put("protocol", 0);
        return args;
    }

    private static Map<String, Object> bindArgs(Sockaddr.Inet address) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("fd", FD);
        args.put("address", address);
        return args;
    }

    private static Errno failure(IOException e) {
        return OsErrors.errnoOf(e);
    }

    /** One call's event, its strace line rendered from {@code values} by {@link Strace}'s table. */
    private void syscall(String name, Map<String, Object> args, int line, long result, Errno errno, Object[] values) {
        var stamp = clock.next();
        var info = errno == null ? null : new SyscallEvent.ErrnoInfo(errno.name(), errno.number(), errno.message());
        String call = Strace.line(name, Strace.formats(name), values, errno != null);
        sink.accept(new SyscallEvent(stamp.seq(), stamp.t(), PID, name, args, errno == null ? result : -1, info,
                Strace.completed(call, result, errno), line, DecidedBy.OS));
    }

    private void socketState(SocketState state, Sockaddr local) {
        var stamp = clock.next();
        sink.accept(new SocketEvent(stamp.seq(), stamp.t(), PID, FD, "AF_INET", "SOCK_STREAM", state, local, null));
    }
}
