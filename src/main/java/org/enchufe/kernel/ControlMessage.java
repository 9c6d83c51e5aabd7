package org.enchufe.kernel;

import java.util.List;

/**
 * One item of a message's ancillary data (a cmsghdr): its level, its type and its data, as
 * sendmsg() takes it and recvmsg() gives it; SCM_RIGHTS's data is the descriptors, C ints.
 */
public record ControlMessage(int level, int type, byte[] data) {

    public static final int SCM_RIGHTS = 1;
    public static final int SCM_CREDENTIALS = 2;
    /** recvmsg()'s msg_flags: the datagram, or the ancillary data, did not fit. */
    public static final int MSG_CTRUNC = 8;
    public static final int MSG_TRUNC = 32;

    /** The kernel's CMSG_LEN(0) and CMSG_SPACE alignment on Linux x86-64. */
    static final int HEADER = 16;
    private static final int ALIGN = 8;

    /** SCM_RIGHTS carrying {@code fds}. */
    static ControlMessage rights(List<Integer> fds) {
        byte[] data = new byte[fds.size() * 4];
        for (int i = 0; i < fds.size(); i++) {
            int fd = fds.get(i);
            for (int b = 0; b < 4; b++) {
                data[i * 4 + b] = (byte) (fd >> (8 * b));
            }
        }
        return new ControlMessage(SocketCalls.SOL_SOCKET, SCM_RIGHTS, data);
    }

    /** The descriptors SCM_RIGHTS's data names: as many whole C ints as it holds. */
    int[] fds() {
        int[] fds = new int[data.length / 4];
        for (int i = 0; i < fds.length; i++) {
            fds[i] = (data[i * 4] & 0xFF) | (data[i * 4 + 1] & 0xFF) << 8 | (data[i * 4 + 2] & 0xFF) << 16 | data[i * 4 + 3] << 24;
        }
        return fds;
    }

    boolean isRights() {
        return level == SocketCalls.SOL_SOCKET && type == SCM_RIGHTS;
    }

    /** CMSG_LEN(n): a header and {@code n} bytes of data. */
    static int len(int n) {
        return HEADER + n;
    }

    /** CMSG_SPACE(n): the room one item of {@code n} bytes takes, aligned. */
    static int space(int n) {
        return HEADER + (n + ALIGN - 1) / ALIGN * ALIGN;
    }
}
