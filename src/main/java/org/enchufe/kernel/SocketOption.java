package org.enchufe.kernel;

/**
 * The socket options the kernel keeps, by level and number as Linux x86-64 has them, each with
 * how its value is read and written and its default. Which levels a socket has its family says
 * ({@link OptionLevels}); strace names them from here.
 */
enum SocketOption {
    SO_DEBUG(SocketCalls.SOL_SOCKET, 1, Value.FLAG, 0),
    SO_REUSEADDR(SocketCalls.SOL_SOCKET, 2, Value.FLAG, 0),
    SO_TYPE(SocketCalls.SOL_SOCKET, 3, Value.READ_ONLY, 0),
    SO_ERROR(SocketCalls.SOL_SOCKET, 4, Value.READ_ONLY, 0),
    SO_DONTROUTE(SocketCalls.SOL_SOCKET, 5, Value.FLAG, 0),
    SO_BROADCAST(SocketCalls.SOL_SOCKET, 6, Value.FLAG, 0),
    SO_SNDBUF(SocketCalls.SOL_SOCKET, 7, Value.BUFFER, 0),
    SO_RCVBUF(SocketCalls.SOL_SOCKET, 8, Value.BUFFER, 0),
    SO_KEEPALIVE(SocketCalls.SOL_SOCKET, 9, Value.FLAG, 0),
    SO_OOBINLINE(SocketCalls.SOL_SOCKET, 10, Value.FLAG, 0),
    SO_PRIORITY(SocketCalls.SOL_SOCKET, 12, Value.INT, 0),
    SO_LINGER(SocketCalls.SOL_SOCKET, 13, Value.LINGER, 0),
    SO_REUSEPORT(SocketCalls.SOL_SOCKET, 15, Value.FLAG, 0),
    SO_RCVLOWAT(SocketCalls.SOL_SOCKET, 18, Value.INT, 1),
    SO_ACCEPTCONN(SocketCalls.SOL_SOCKET, 30, Value.READ_ONLY, 0),
    SO_PROTOCOL(SocketCalls.SOL_SOCKET, 38, Value.READ_ONLY, 0),
    SO_DOMAIN(SocketCalls.SOL_SOCKET, 39, Value.READ_ONLY, 0),
    IP_TOS(SocketCalls.SOL_IP, 1, Value.INT, 0),
    IP_TTL(SocketCalls.SOL_IP, 2, Value.HOPS, 64),
    IPV6_UNICAST_HOPS(SocketCalls.SOL_IPV6, 16, Value.HOPS, 64),
    IPV6_V6ONLY(SocketCalls.SOL_IPV6, 26, Value.FLAG, 0),
    TCP_NODELAY(SocketCalls.IPPROTO_TCP, 1, Value.FLAG, 0),
    TCP_MAXSEG(SocketCalls.IPPROTO_TCP, 2, Value.INT, 536),
    TCP_KEEPIDLE(SocketCalls.IPPROTO_TCP, 4, Value.INT, 7200),
    TCP_KEEPINTVL(SocketCalls.IPPROTO_TCP, 5, Value.INT, 75),
    TCP_KEEPCNT(SocketCalls.IPPROTO_TCP, 6, Value.INT, 9),
    UDP_CORK(SocketCalls.IPPROTO_UDP, 1, Value.FLAG, 0);

    /** How an option's value is read and written. */
    enum Value {
        /** Set with any int; reads back 0 or 1. */
        FLAG,
        /** An int, kept as given. */
        INT,
        /** A hop limit: 1–255, -1 for the default, else EINVAL. */
        HOPS,
        /** A buffer size: Linux doubles it, within its floor and net.core's ceiling. */
        BUFFER,
        /** struct linger {int l_onoff; int l_linger;}: 8 bytes. */
        LINGER,
        /** Only getsockopt: setsockopt says ENOPROTOOPT. */
        READ_ONLY
    }

    final int level;
    final int number;
    final Value value;
    final int initial;

    SocketOption(int level, int number, Value value, int initial) {
        this.level = level;
        this.number = number;
        this.value = value;
        this.initial = initial;
    }

    /** The bytes a value of this option takes: struct linger's 8, an int's 4. */
    int size() {
        return value == Value.LINGER ? 8 : 4;
    }

    /** The option at {@code level} numbered {@code number}, or null for one the kernel does not keep. */
    static SocketOption of(int level, int number) {
        for (SocketOption o : values()) {
            if (o.level == level && o.number == number) {
                return o;
            }
        }
        return null;
    }
}
