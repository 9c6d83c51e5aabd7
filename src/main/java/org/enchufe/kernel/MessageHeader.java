package org.enchufe.kernel;

import java.util.ArrayList;
import java.util.List;

import org.enchufe.events.Sockaddr;

/**
 * A sendmsg()/recvmsg() {@code struct msghdr} as strace prints it: the name, the buffers (msg_iov),
 * the ancillary data (msg_control) and msg_flags. sendmsg's is all read by the call; recvmsg's is
 * filled in by it — the socket's own receive fills the bytes and the sender's address in as it
 * fills a recvfrom()'s ({@link Syscall#filled}), recvmsg the descriptors it installed and the flags.
 */
final class MessageHeader {

    /** sendmsg's: null, a {@link Sockaddr.Inet} or a {@link UnixAddress}; recvmsg's: what the receive filled in. */
    private Object name;
    /** recvmsg's: how long a name the caller has room for (CPython's, by the socket's family). */
    private final int nameRoom;
    private final int[] iovLengths;
    private byte[] data;
    private List<ControlMessage> control;
    private int controlLength;
    private int flags;

    private MessageHeader(Object name, int nameRoom, int[] iovLengths, byte[] data, List<ControlMessage> control) {
        this.name = name;
        this.nameRoom = nameRoom;
        this.iovLengths = iovLengths;
        this.data = data;
        this.control = control;
        for (ControlMessage m : control) {
            controlLength += ControlMessage.space(m.data().length);
        }
    }

    /** What sendmsg() reads: {@code to} (or null), the buffers and the ancillary data. */
    static MessageHeader sent(Object to, List<byte[]> buffers, List<ControlMessage> control) {
        int[] lengths = buffers.stream().mapToInt(b -> b.length).toArray();
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        buffers.forEach(all::writeBytes);
        return new MessageHeader(to, 0, lengths, all.toByteArray(), List.of());
    }

    /** sendmsg's header with its ancillary data as strace shows it. */
    MessageHeader withControl(List<ControlMessage> items) {
        control = List.copyOf(items);
        controlLength = 0;
        for (ControlMessage m : control) {
            controlLength += ControlMessage.space(m.data().length);
        }
        return this;
    }

    /** What recvmsg() has room for: buffers of these lengths, a name of {@code nameRoom} bytes. */
    static MessageHeader toFill(int[] iovLengths, int nameRoom) {
        return new MessageHeader(null, nameRoom, iovLengths, new byte[0], List.of());
    }

    /** The socket's receive filled in the bytes (BUFFER_OUT) or the sender (ADDRESS_OUT). */
    void filled(Strace.Arg format, Object value) {
        switch (format) {
            case BUFFER_OUT, BUFFER_IN -> data = value instanceof Strace.Bytes b
                    ? java.util.Arrays.copyOfRange(b.data(), b.offset(), b.offset() + b.length()) : (byte[]) value;
            case ADDRESS_OUT -> name = value;
            default -> throw new IllegalArgumentException("a msghdr has no " + format);
        }
    }

    byte[] data() {
        return data;
    }

    /** The bytes as recvmsg() keeps them: no more than its buffers hold. */
    void cut(int length) {
        data = java.util.Arrays.copyOf(data, length);
    }

    /** What recvmsg() gives in msg_control and msg_flags. */
    void received(List<ControlMessage> items, int length, int msgFlags) {
        control = List.copyOf(items);
        controlLength = length;
        flags = msgFlags;
    }

    /** The struct as strace prints it. */
    String strace() {
        StringBuilder out = new StringBuilder("{msg_name=").append(nameText()).append(", msg_iov=[");
        int at = 0;
        for (int i = 0; i < iovLengths.length; i++) {
            int shown = Math.max(0, Math.min(iovLengths[i], data.length - at));
            out.append(i > 0 ? ", " : "").append("{iov_base=").append(Strace.quote(java.util.Arrays.copyOfRange(data, at, at + shown), shown))
                    .append(", iov_len=").append(iovLengths[i]).append('}');
            at += shown;
        }
        out.append("], msg_iovlen=").append(iovLengths.length).append(", ");
        if (!control.isEmpty()) {
            List<String> items = new ArrayList<>();
            for (ControlMessage m : control) {
                items.add("{cmsg_len=" + ControlMessage.len(m.data().length) + ", cmsg_level=" + Strace.level(m.level())
                        + ", cmsg_type=" + cmsgType(m) + ", cmsg_data=" + cmsgData(m) + "}");
            }
            out.append("msg_control=[").append(String.join(", ", items)).append("], ");
        }
        return out.append("msg_controllen=").append(controlLength).append(", msg_flags=").append(Strace.msgFlags(flags)).append('}')
                .toString();
    }

    // msg_name and msg_namelen: what sendmsg names, or what recvmsg's receive filled in.
    private String nameText() {
        return switch (name) {
            case null -> nameRoom == 0 ? "NULL, msg_namelen=0" : Strace.POINTER + ", msg_namelen=" + nameRoom + " => 0";
            case Sockaddr.Inet a -> a.strace() + ", msg_namelen=" + (nameRoom == 0 || nameRoom == a.socklen() ? ""
                    : nameRoom + " => ") + a.socklen();
            case UnixAddress a -> a.strace() + ", msg_namelen=" + a.length();
            case Strace.UnixName n -> UnixAddress.strace(n.name()) + ", msg_namelen=" + nameRoom + " => " + UnixAddress.socklen(n.name());
            default -> Strace.POINTER + ", msg_namelen=" + nameRoom + " => 0";
        };
    }

    private static String cmsgType(ControlMessage m) {
        if (m.level() != SocketCalls.SOL_SOCKET) {
            return String.format("%#x", m.type());
        }
        return switch (m.type()) {
            case ControlMessage.SCM_RIGHTS -> "SCM_RIGHTS";
            case ControlMessage.SCM_CREDENTIALS -> "SCM_CREDENTIALS";
            default -> String.format("%#x /* SCM_??? */", m.type());
        };
    }

    private static String cmsgData(ControlMessage m) {
        if (!m.isRights()) {
            return Strace.quote(m.data(), m.data().length);
        }
        StringBuilder out = new StringBuilder("[");
        for (int fd : m.fds()) {
            out.append(out.length() > 1 ? ", " : "").append(fd);
        }
        return out.append(']').toString();
    }
}
