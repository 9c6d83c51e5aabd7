package org.enchufe.kernel;

import org.enchufe.events.Sockaddr;

/**
 * The calls CPython makes for {@code socket.socket(fileno=fd)}, a socket object for a descriptor
 * the process has (one received with SCM_RIGHTS, one of fromfd's copies): getsockname() with room
 * for any address — which says EBADF or ENOTSOCK for a descriptor that is no socket —, then
 * SO_TYPE and SO_PROTOCOL for what the caller did not give.
 */
public final class FilenoCalls {

    /** sizeof(sock_addr_t): the room CPython gives getsockname() here. */
    private static final int ANY_ADDRESS = 128;
    private static final int SO_PROTOCOL = 38;

    /** The family, type and protocol of the socket on {@code fd}; -1 in {@code type}/{@code proto}: ask the kernel. */
    public record Described(int family, int type, int proto) {
    }

    private FilenoCalls() {
    }

    public static Described describe(Process p, int fd, int type, int proto) {
        Syscall c = new Syscall(p, fd, "getsockname", SocketCalls.args("fd", fd), "getsockname", fd,
                new Strace.AddressRoom(ANY_ADDRESS, null));
        SocketObject s = c.socket();
        Sockaddr.Inet name = s.getsockname(c);
        int family = name == null ? SocketCalls.AF_UNIX : s.family();
        int kind = type != -1 ? type : SocketCalls.getsockopt(p, fd, SocketCalls.SOL_SOCKET, SocketCalls.SO_TYPE);
        int protocol = proto != -1 ? proto : SocketCalls.getsockopt(p, fd, SocketCalls.SOL_SOCKET, SO_PROTOCOL);
        return new Described(family, kind, protocol);
    }
}
