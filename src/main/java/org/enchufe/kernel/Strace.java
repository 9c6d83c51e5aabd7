package org.enchufe.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.enchufe.events.Sockaddr;

/**
 * How {@code strace} writes socket calls: one table of each call's arguments and their formats
 * (as gVisor's {@code pkg/sentry/strace}), and the formats themselves — quoted buffers, flag sets,
 * socket options, addresses. A call's line is rendered from its structured arguments when it is
 * reported; the texts are strace 6's, so a student can compare the trace with a real one.
 */
public final class Strace {

    /** How strace prints one argument; an address is printed with its length, as one. */
    enum Arg {
        /** A descriptor, an int, a length. */
        INT,
        /** A constant strace prints as is (SOCK_CLOEXEC, O_CLOEXEC, [4]). */
        TEXT,
        FAMILY,
        TYPE,
        /** The protocol, named for the family the call's first argument gives. */
        PROTOCOL,
        /** A buffer the call reads: {@link Bytes} or a byte[]. */
        BUFFER_IN,
        /** A buffer the call fills: its address when the call failed, the bytes when it succeeded. */
        BUFFER_OUT,
        MSG_FLAGS,
        /** An address the call reads, and its length: {@link Sockaddr.Inet}, {@link UnixAddress}, or null (NULL, 0). */
        ADDRESS_IN,
        /**
         * An address the call fills, and its length: a pointer when the call failed, the address when
         * it succeeded ({@link Sockaddr.Inet}, {@link UnixName}, {@link #UNFILLED}); {@link #NULL} when
         * the caller passed none.
         */
        ADDRESS_OUT,
        LEVEL,
        /** The option, named for the level before it. */
        OPTION,
        /** The option's value setsockopt reads ({@link OptionValue}): [value], {l_onoff=…, l_linger=…}, NULL. */
        OPTION_IN,
        /** The option's value getsockopt fills ({@link OptionValue}): [value], [the errno] SO_ERROR holds, a linger. */
        OPTION_OUT,
        /** The two descriptors socketpair()/pipe() fill: [a, b]. */
        PAIR_OUT,
        HOW,
        /** The {@code struct epoll_event} epoll_ctl reads ({@code int[] {events, fd}}), or its address (DEL). */
        EPOLL_EVENT,
        /** The events epoll_wait fills ({@code List<Epoll.Event>}): its address when the call failed. */
        EPOLL_EVENTS_OUT,
        /** A struct msghdr sendmsg reads ({@link MessageHeader}). */
        MESSAGE_IN,
        /** A struct msghdr recvmsg fills ({@link MessageHeader}): its address when the call failed. */
        MESSAGE_OUT
    }

    /** Each socket call's arguments as strace prints them: the one table every line comes from. */
    private static final Map<String, Arg[]> CALLS = Map.ofEntries(
            Map.entry("socket", new Arg[] {Arg.FAMILY, Arg.TYPE, Arg.PROTOCOL}),
            Map.entry("socketpair", new Arg[] {Arg.FAMILY, Arg.TYPE, Arg.INT, Arg.PAIR_OUT}),
            Map.entry("pipe2", new Arg[] {Arg.PAIR_OUT, Arg.TEXT}),
            Map.entry("read", new Arg[] {Arg.INT, Arg.BUFFER_OUT, Arg.INT}),
            Map.entry("write", new Arg[] {Arg.INT, Arg.BUFFER_IN, Arg.INT}),
            Map.entry("bind", new Arg[] {Arg.INT, Arg.ADDRESS_IN}),
            Map.entry("listen", new Arg[] {Arg.INT, Arg.INT}),
            Map.entry("accept4", new Arg[] {Arg.INT, Arg.ADDRESS_OUT, Arg.TEXT}),
            Map.entry("connect", new Arg[] {Arg.INT, Arg.ADDRESS_IN}),
            Map.entry("sendto", new Arg[] {Arg.INT, Arg.BUFFER_IN, Arg.INT, Arg.MSG_FLAGS, Arg.ADDRESS_IN}),
            Map.entry("recvfrom", new Arg[] {Arg.INT, Arg.BUFFER_OUT, Arg.INT, Arg.MSG_FLAGS, Arg.ADDRESS_OUT}),
            Map.entry("sendmsg", new Arg[] {Arg.INT, Arg.MESSAGE_IN, Arg.MSG_FLAGS}),
            Map.entry("recvmsg", new Arg[] {Arg.INT, Arg.MESSAGE_OUT, Arg.MSG_FLAGS}),
            Map.entry("shutdown", new Arg[] {Arg.INT, Arg.HOW}),
            Map.entry("close", new Arg[] {Arg.INT}),
            Map.entry("fcntl", new Arg[] {Arg.INT, Arg.TEXT, Arg.INT}),
            Map.entry("dup2", new Arg[] {Arg.INT, Arg.INT}),
            Map.entry("dup3", new Arg[] {Arg.INT, Arg.INT, Arg.TEXT}),
            Map.entry("fsync", new Arg[] {Arg.INT}),
            Map.entry("fdatasync", new Arg[] {Arg.INT}),
            Map.entry("getsockname", new Arg[] {Arg.INT, Arg.ADDRESS_OUT}),
            Map.entry("getpeername", new Arg[] {Arg.INT, Arg.ADDRESS_OUT}),
            Map.entry("setsockopt", new Arg[] {Arg.INT, Arg.LEVEL, Arg.OPTION, Arg.OPTION_IN, Arg.INT}),
            Map.entry("getsockopt", new Arg[] {Arg.INT, Arg.LEVEL, Arg.OPTION, Arg.OPTION_OUT, Arg.TEXT}),
            Map.entry("epoll_create1", new Arg[] {Arg.TEXT}),
            Map.entry("epoll_ctl", new Arg[] {Arg.INT, Arg.TEXT, Arg.INT, Arg.EPOLL_EVENT}),
            Map.entry("epoll_wait", new Arg[] {Arg.INT, Arg.EPOLL_EVENTS_OUT, Arg.INT, Arg.INT}));

    /** Part of a buffer: the bytes a call read or wrote. */
    record Bytes(byte[] data, int offset, int length) {
    }

    /** An option's value at a level: {@code length} bytes of {@code value} (null: a NULL pointer). */
    record OptionValue(int level, int option, byte[] value, int length) {
    }

    /** An address a call fills in with {@code room} bytes for it, more than its family needs: [128 => 16]. */
    record AddressRoom(int room, Object address) {
    }

    /** An AF_UNIX name a call filled in ("" for an unnamed socket). */
    record UnixName(String name) {
    }

    /** The caller passed no address to fill (recv): strace prints NULL, NULL. */
    static final Object NULL = new Object();

    /** An address the call left unfilled (an unnamed AF_UNIX sender): the pointer and a length of 0. */
    static final Object UNFILLED = new Object();

    /** The argument formats of {@code call}, in order. */
    static Arg[] formats(String call) {
        Arg[] formats = CALLS.get(call);
        if (formats == null) {
            throw new IllegalArgumentException("no strace formats for " + call);
        }
        return formats;
    }

    /**
     * A call's line as strace prints it, before " = ": its name and its arguments, each in its
     * format; what the call fills in shows only when it succeeded.
     */
    static String line(String call, Arg[] formats, Object[] values, boolean failed) {
        StringBuilder out = new StringBuilder(64).append(call).append('(');
        for (int i = 0; i < formats.length; i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(argument(formats[i], values, i, failed));
        }
        return out.append(')').toString();
    }

    private static String argument(Arg format, Object[] values, int i, boolean failed) {
        Object value = values[i];
        return switch (format) {
            case INT -> String.valueOf(value);
            case TEXT -> (String) value;
            case FAMILY -> family((Integer) value);
            case TYPE -> type((Integer) value);
            case PROTOCOL -> protocol((Integer) values[0], (Integer) value);
            case BUFFER_IN -> buffer(value);
            case BUFFER_OUT -> failed || value == null ? POINTER : buffer(value);
            case MSG_FLAGS -> msgFlags((Integer) value);
            case ADDRESS_IN -> switch (value) {
                case null -> "NULL, 0";
                case Sockaddr.Inet a -> a.strace() + ", " + a.socklen();
                case UnixAddress a -> a.strace() + ", " + a.length();
                default -> throw new IllegalArgumentException("not an address: " + value);
            };
            case ADDRESS_OUT -> value instanceof AddressRoom r ? addressIn(r, failed) : value == NULL ? "NULL, NULL" : failed || value == null ? POINTER + ", [16]" : switch (value) {
                case Sockaddr.Inet a -> a.strace() + ", [" + a.socklen() + "]";
                case UnixName n -> UnixAddress.strace(n.name()) + ", " + UnixAddress.socklenResult(n.name());
                default -> POINTER + ", [110 => 0]";
            };
            case LEVEL -> level((Integer) value);
            case OPTION -> option((Integer) values[i - 1], (Integer) value);
            case OPTION_IN -> optionIn((OptionValue) value, failed);
            case OPTION_OUT -> failed || value == null ? POINTER : optionOut((OptionValue) value);
            case PAIR_OUT -> failed || value == null ? POINTER : "[" + ((int[]) value)[0] + ", " + ((int[]) value)[1] + "]";
            case HOW -> shutdownHow((Integer) value);
            case EPOLL_EVENT -> value instanceof int[] e ? Epoll.event(e[0], e[1]) : POINTER;
            case EPOLL_EVENTS_OUT -> failed || value == null ? POINTER : epollEvents(value);
            case MESSAGE_IN -> ((MessageHeader) value).strace();
            case MESSAGE_OUT -> failed ? POINTER : ((MessageHeader) value).strace();
        };
    }

    // An address filled into a room larger than its own length.
    private static String addressIn(AddressRoom r, boolean failed) {
        return switch (r.address()) {
            case Sockaddr.Inet a when !failed -> a.strace() + ", [" + r.room() + " => " + a.socklen() + "]";
            case UnixName n when !failed -> UnixAddress.strace(n.name()) + ", [" + r.room() + " => " + UnixAddress.socklen(n.name()) + "]";
            case null, default -> POINTER + ", [" + r.room() + "]";
        };
    }

    private static String epollEvents(Object value) {
        StringBuilder out = new StringBuilder("[");
        for (Object o : (List<?>) value) {
            Epoll.Event e = (Epoll.Event) o;
            out.append(out.length() > 1 ? ", " : "").append(Epoll.event(e.events(), e.fd()));
        }
        return out.append(']').toString();
    }

    private static String buffer(Object value) {
        return switch (value) {
            case Bytes b -> quote(b.data(), b.offset(), b.length(), STRING_LIMIT);
            case byte[] b -> quote(b, 0, b.length, STRING_LIMIT);
            default -> throw new IllegalArgumentException("not a buffer: " + value);
        };
    }

    // What setsockopt reads: a NULL pointer, a value too short for the option (its address, when
    // the call failed), a struct linger, or an int.
    private static String optionIn(OptionValue v, boolean failed) {
        if (v.value() == null) {
            return "NULL";
        }
        boolean linger = v.level() == SocketCalls.SOL_SOCKET && v.option() == SocketCalls.SO_LINGER;
        if (v.length() < (linger ? 8 : 4)) {
            return failed ? POINTER : quote(v.value(), 0, v.length(), STRING_LIMIT);
        }
        return linger ? "{l_onoff=" + intAt(v.value(), 0) + ", l_linger=" + intAt(v.value(), 4) + "}"
                : "[" + intAt(v.value(), 0) + "]";
    }

    // What getsockopt filled: a linger (its first field alone in 4 bytes), an int — SO_ERROR's by
    // the errno's name: [ECONNREFUSED] —, or bytes too few for either.
    private static String optionOut(OptionValue v) {
        boolean linger = v.level() == SocketCalls.SOL_SOCKET && v.option() == SocketCalls.SO_LINGER;
        if (linger && v.length() >= 8) {
            return "{l_onoff=" + intAt(v.value(), 0) + ", l_linger=" + intAt(v.value(), 4) + "}";
        }
        if (v.length() < 4) {
            return linger ? "{l_onoff=" + quoteHex(v.value(), v.length()) + "}" : quoteHex(v.value(), v.length());
        }
        int value = intAt(v.value(), 0);
        if (linger) {
            return "{l_onoff=" + value + "}";
        }
        return "[" + (v.level() == SocketCalls.SOL_SOCKET && v.option() == SocketCalls.SO_ERROR && value != 0
                ? org.enchufe.lang.runtime.Errno.ofNumber(value).map(Strace::errnoName).orElse(String.valueOf(value))
                : String.valueOf(value)) + "]";
    }

    // Part of a value strace could not read as the option's type: printable bytes as they are, the rest in hex.
    private static String quoteHex(byte[] data, int length) {
        StringBuilder out = new StringBuilder(length * 4 + 2).append('"');
        for (int i = 0; i < length; i++) {
            int c = data[i] & 0xFF;
            if (c >= ' ' && c <= 0x7E && c != '"' && c != '\\') {
                out.append((char) c);
            } else {
                out.append(String.format("\\x%02x", c));
            }
        }
        return out.append('"').toString();
    }

    private static int intAt(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }

    /** strace's default {@code -s}: buffers longer than this end in "...". */
    public static final int STRING_LIMIT = 32;

    /** What strace prints for a buffer it did not read because the call failed. */
    public static final String POINTER = "0x7ffc4a3e1d20";

    private Strace() {
    }

    /**
     * A buffer as strace quotes it: printable ASCII as is, C escapes for \t \n \v \f \r " \,
     * octal for the rest (three digits only when an octal digit follows), "..." past 32 bytes.
     */
    public static String quote(byte[] data, int length) {
        return quote(data, 0, length, STRING_LIMIT);
    }

    /** A string strace prints whole, however long: an AF_UNIX sun_path. */
    public static String quoteAll(byte[] data) {
        return quote(data, 0, data.length, data.length);
    }

    private static String quote(byte[] data, int offset, int length, int limit) {
        int shown = Math.min(length, limit);
        StringBuilder out = new StringBuilder(shown + 8).append('"');
        for (int i = 0; i < shown; i++) {
            int c = data[offset + i] & 0xFF;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case 0x0B -> out.append("\\v");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c >= ' ' && c <= 0x7E) {
                        out.append((char) c);
                    } else {
                        octal(out, c, i + 1 < shown && data[offset + i + 1] >= '0' && data[offset + i + 1] <= '7');
                    }
                }
            }
        }
        out.append('"');
        if (length > limit) {
            out.append("...");
        }
        return out.toString();
    }

    private static void octal(StringBuilder out, int c, boolean digitFollows) {
        out.append('\\');
        if (digitFollows || c >> 6 != 0) {
            out.append((char) ('0' + (c >> 6)));
        }
        if (digitFollows || c >> 3 != 0) {
            out.append((char) ('0' + ((c >> 3) & 7)));
        }
        out.append((char) ('0' + (c & 7)));
    }

    /** send/recv flags as strace names them: {@code 0}, {@code MSG_PEEK|MSG_DONTWAIT}. */
    public static String msgFlags(int flags) {
        if (flags == 0) {
            return "0";
        }
        List<String> names = new ArrayList<>();
        int rest = flags;
        for (var flag : List.of(new Flag(SocketCalls.MSG_OOB, "MSG_OOB"), new Flag(SocketCalls.MSG_PEEK, "MSG_PEEK"),
                new Flag(ControlMessage.MSG_CTRUNC, "MSG_CTRUNC"), new Flag(ControlMessage.MSG_TRUNC, "MSG_TRUNC"),
                new Flag(SocketCalls.MSG_DONTWAIT, "MSG_DONTWAIT"), new Flag(SocketCalls.MSG_WAITALL, "MSG_WAITALL"),
                new Flag(SocketCalls.MSG_NOSIGNAL, "MSG_NOSIGNAL"))) {
            if ((rest & flag.bit()) != 0) {
                names.add(flag.name());
                rest &= ~flag.bit();
            }
        }
        if (rest != 0) {
            names.add("0x" + Integer.toHexString(rest));
        }
        return String.join("|", names);
    }

    private record Flag(int bit, String name) {
    }

    /** Linux's address families by number (include/linux/socket.h), as strace names them. */
    private static final String[] FAMILIES = {"AF_UNSPEC", "AF_UNIX", "AF_INET", "AF_AX25", "AF_IPX", "AF_APPLETALK",
        "AF_NETROM", "AF_BRIDGE", "AF_ATMPVC", "AF_X25", "AF_INET6", "AF_ROSE", "AF_DECnet", "AF_NETBEUI", "AF_SECURITY",
        "AF_KEY", "AF_NETLINK", "AF_PACKET", "AF_ASH", "AF_ECONET", "AF_ATMSVC", "AF_RDS", "AF_SNA", "AF_IRDA", "AF_PPPOX",
        "AF_WANPIPE", "AF_LLC", "AF_IB", "AF_MPLS", "AF_CAN", "AF_TIPC", "AF_BLUETOOTH", "AF_IUCV", "AF_RXRPC", "AF_ISDN",
        "AF_PHONET", "AF_IEEE802154", "AF_CAIF", "AF_ALG", "AF_NFC", "AF_VSOCK", "AF_KCM", "AF_QIPCRTR", "AF_SMC", "AF_XDP",
        "AF_MCTP"};

    /** A family as strace prints it: its name, or its number with strace's "unknown" comment. */
    public static String family(int family) {
        return family >= 0 && family < FAMILIES.length ? FAMILIES[family]
                : "0x" + Integer.toHexString(family) + " /* AF_??? */";
    }

    public static String type(int type) {
        String base = switch (type & 0xF) {
            case SocketCalls.SOCK_STREAM -> "SOCK_STREAM";
            case SocketCalls.SOCK_DGRAM -> "SOCK_DGRAM";
            case SocketCalls.SOCK_RAW -> "SOCK_RAW";
            case 4 -> "SOCK_RDM";
            case 5 -> "SOCK_SEQPACKET";
            default -> "0x" + Integer.toHexString(type & 0xF);
        };
        return base + ((type & SocketCalls.SOCK_NONBLOCK) != 0 ? "|SOCK_NONBLOCK" : "") + "|SOCK_CLOEXEC";
    }

    public static String protocol(int family, int proto) {
        if (family != SocketCalls.AF_INET && family != SocketCalls.AF_INET6) {
            return String.valueOf(proto);
        }
        return switch (proto) {
            case 0 -> "IPPROTO_IP";
            case 1 -> "IPPROTO_ICMP";
            case SocketCalls.IPPROTO_TCP -> "IPPROTO_TCP";
            case SocketCalls.IPPROTO_UDP -> "IPPROTO_UDP";
            default -> String.valueOf(proto);
        };
    }

    public static String level(int level) {
        return switch (level) {
            case SocketCalls.SOL_SOCKET -> "SOL_SOCKET";
            case SocketCalls.IPPROTO_TCP -> "SOL_TCP";
            case SocketCalls.IPPROTO_UDP -> "SOL_UDP";
            case SocketCalls.SOL_IP -> "SOL_IP";
            case SocketCalls.SOL_IPV6 -> "SOL_IPV6";
            default -> String.format("%#x /* SOL_?? */", level);
        };
    }

    /** The option's name at its level, from {@link SocketOption}; strace's hex guess for one it cannot name. */
    public static String option(int level, int option) {
        SocketOption known = SocketOption.of(level, option);
        if (known != null) {
            return known.name();
        }
        return switch (level) {
            case SocketCalls.SOL_SOCKET -> String.format("%#x /* SO_??? */", option);
            case SocketCalls.IPPROTO_TCP -> String.format("%#x /* TCP_??? */", option);
            case SocketCalls.SOL_IP -> String.format("%#x /* IP_??? */", option);
            case SocketCalls.SOL_IPV6 -> String.format("%#x /* IPV6_??? */", option);
            default -> String.valueOf(option);
        };
    }

    /** The errno's name as strace prints it: Linux's first name where Python's errorcode uses an alias. */
    /** A whole line: the call before " = ", then its result, or -1 with the errno's name and text. */
    static String completed(String call, long result, org.enchufe.lang.runtime.Errno errno) {
        return call + " = " + (errno == null ? String.valueOf(result)
                : "-1 " + errnoName(errno) + " (" + errno.message() + ")");
    }

    public static String errnoName(org.enchufe.lang.runtime.Errno errno) {
        return switch (errno.name()) {
            case "ENOTSUP" -> "EOPNOTSUPP";
            case "EDEADLOCK" -> "EDEADLK";
            default -> errno.name();
        };
    }

    public static String shutdownHow(int how) {
        return switch (how) {
            case 0 -> "SHUT_RD";
            case 1 -> "SHUT_WR";
            case 2 -> "SHUT_RDWR";
            default -> String.valueOf(how);
        };
    }
}
