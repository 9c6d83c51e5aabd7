package org.enchufe.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * How {@code strace} writes the arguments of socket calls: quoted buffers, flag sets, socket
 * options. The texts are strace 6's, so a student can compare the trace with a real one.
 */
public final class Strace {

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
        return quote(data, length, STRING_LIMIT);
    }

    /** A string strace prints whole, however long: an AF_UNIX sun_path. */
    public static String quoteAll(byte[] data) {
        return quote(data, data.length, data.length);
    }

    private static String quote(byte[] data, int length, int limit) {
        int shown = Math.min(length, limit);
        StringBuilder out = new StringBuilder(shown + 8).append('"');
        for (int i = 0; i < shown; i++) {
            int c = data[i] & 0xFF;
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
                        octal(out, c, i + 1 < shown && data[i + 1] >= '0' && data[i + 1] <= '7');
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

    public static String family(int family) {
        return switch (family) {
            case SocketCalls.AF_UNIX -> "AF_UNIX";
            case SocketCalls.AF_INET -> "AF_INET";
            case SocketCalls.AF_INET6 -> "AF_INET6";
            default -> "AF_???";
        };
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
            case 0 -> "SOL_IP";
            default -> String.valueOf(level);
        };
    }

    public static String option(int level, int option) {
        if (level == SocketCalls.IPPROTO_TCP) {
            return option == SocketCalls.TCP_NODELAY ? "TCP_NODELAY" : String.format("%#x /* TCP_??? */", option);
        }
        if (level != SocketCalls.SOL_SOCKET) {
            return String.valueOf(option);
        }
        return switch (option) {
            case SocketCalls.SO_REUSEADDR -> "SO_REUSEADDR";
            case SocketCalls.SO_TYPE -> "SO_TYPE";
            case SocketCalls.SO_ERROR -> "SO_ERROR";
            case SocketCalls.SO_BROADCAST -> "SO_BROADCAST";
            case SocketCalls.SO_SNDBUF -> "SO_SNDBUF";
            case SocketCalls.SO_RCVBUF -> "SO_RCVBUF";
            case SocketCalls.SO_KEEPALIVE -> "SO_KEEPALIVE";
            case SocketCalls.SO_LINGER -> "SO_LINGER";
            case SocketCalls.SO_REUSEPORT -> "SO_REUSEPORT";
            default -> String.format("%#x /* SO_??? */", option);
        };
    }

    /** The errno's name as strace prints it: Linux's first name where Python's errorcode uses an alias. */
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
