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
            syscall("socket", socketArgs(), 2, failure(e), "socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_IP)");
            return null;
        }
        syscall("socket", socketArgs(), 2, FD, "socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_IP)");
        socketState(SocketState.CREATED, null);

        Sockaddr.Inet requested = new Sockaddr.Inet(LOOPBACK, 0);
        Sockaddr.Inet bound = null;
        String bindCall = "bind(" + FD + ", " + requested.strace() + ", " + requested.length() + ")";
        try {
            channel.bind(new InetSocketAddress(LOOPBACK, 0));
            InetSocketAddress local = (InetSocketAddress) channel.getLocalAddress();
            bound = new Sockaddr.Inet(LOOPBACK, local.getPort());
            syscall("bind", bindArgs(requested), 3, 0, bindCall);
            socketState(SocketState.BOUND, bound);
        } catch (IOException e) {
            syscall("bind", bindArgs(requested), 3, failure(e), bindCall);
        }

        try {
            channel.close();
            syscall("close", Map.of("fd", FD), 4, 0, "close(" + FD + ")");
            socketState(SocketState.CLOSED, bound);
        } catch (IOException e) {
            syscall("close", Map.of("fd", FD), 4, failure(e), "close(" + FD + ")");
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

    private void syscall(String name, Map<String, Object> args, int line, long result, String call) {
        var stamp = clock.next();
        sink.accept(new SyscallEvent(stamp.seq(), stamp.t(), PID, name, args, result, null,
                call + " = " + result, line, DecidedBy.OS));
    }

    private void syscall(String name, Map<String, Object> args, int line, Errno errno, String call) {
        var stamp = clock.next();
        var info = new SyscallEvent.ErrnoInfo(errno.name(), errno.number(), errno.message());
        sink.accept(new SyscallEvent(stamp.seq(), stamp.t(), PID, name, args, -1, info,
                call + " = -1 " + errno.name() + " (" + errno.message() + ")", line, DecidedBy.OS));
    }

    private void socketState(SocketState state, Sockaddr local) {
        var stamp = clock.next();
        sink.accept(new SocketEvent(stamp.seq(), stamp.t(), PID, FD, "AF_INET", "SOCK_STREAM", state, local, null));
    }
}
