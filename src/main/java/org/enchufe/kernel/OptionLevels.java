package org.enchufe.kernel;

import org.enchufe.lang.runtime.Errno;

/**
 * Which levels of options a socket has, by its family, and what Linux says to an option of a
 * level it has not (checked on Linux 6). AF_UNIX sockets, stream or datagram, share one rule.
 */
enum OptionLevels {
    /** AF_INET: SOL_SOCKET's, IP's and its protocol's; another level is EOPNOTSUPP to getsockopt, ENOPROTOOPT to setsockopt. */
    INET,
    /** AF_INET6: IPv6's too; another level is ENOPROTOOPT to both. */
    INET6,
    /** AF_UNIX: SOL_SOCKET's only; another level is EOPNOTSUPP to both. */
    UNIX;

    static OptionLevels of(int family) {
        return switch (family) {
            case SocketCalls.AF_UNIX -> UNIX;
            case SocketCalls.AF_INET6 -> INET6;
            default -> INET;
        };
    }

    /** Whether options of {@code level} apply to a socket of this family whose protocol is {@code protocol} (0: none). */
    boolean has(int level, int protocol) {
        return switch (this) {
            case UNIX -> level == SocketCalls.SOL_SOCKET;
            case INET, INET6 -> level == SocketCalls.SOL_SOCKET || level == SocketCalls.SOL_IP
                    || level == SocketCalls.SOL_IPV6 && this == INET6
                    || level != 0 && level == protocol;
        };
    }

    /** The errno for an option of a level the socket has not: to setsockopt ({@code set}) or getsockopt. */
    Errno foreign(boolean set) {
        return switch (this) {
            case UNIX -> Errno.ENOTSUP;
            case INET6 -> Errno.ENOPROTOOPT;
            case INET -> set ? Errno.ENOPROTOOPT : Errno.ENOTSUP;
        };
    }
}
