package org.enchufe.kernel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.enchufe.events.Sockaddr;
import org.enchufe.lang.runtime.Errno;

/**
 * sendmsg() and recvmsg() as the thin layer makes them: the buffers gathered into one send, or
 * one receive scattered into the buffers; the ancillary data read — SCM_RIGHTS's descriptors put
 * in flight over AF_UNIX ({@link PassedDescriptors}) — and given back: the descriptors that came
 * installed on the lowest free numbers, as many as the room the caller gave holds, the rest
 * closed and MSG_CTRUNC set, as Linux's {@code scm_detach_fds} does. The sending and receiving
 * themselves are each socket's own, as send()'s and recvfrom()'s are.
 */
public final class MessageCalls {

    /** Linux's SCM_MAX_FD: the most descriptors one sendmsg() may pass. */
    private static final int MAX_FDS = 253;

    /** What recvmsg() received: the bytes, the ancillary data, msg_flags and who sent it (a datagram's, else null). */
    public record Received(byte[] data, List<ControlMessage> control, int flags, DatagramSocket.Datagram from) {
    }

    private MessageCalls() {
    }

    /**
     * sendmsg(): the buffers as one send (a datagram's to {@code to}: null, a {@link Sockaddr.Inet}
     * or a {@link UnixAddress}), with the ancillary data; the bytes sent, or null while it must wait.
     */
    public static Integer sendmsg(Process p, int fd, List<byte[]> buffers, List<ControlMessage> control, int flags, Object to,
                                  boolean nonBlocking) {
        MessageHeader message = MessageHeader.sent(to, buffers, control).withControl(control);
        byte[] data = message.data();
        var args = SocketCalls.args("fd", fd, "len", data.length, "flags", Strace.msgFlags(flags));
        if (to != null) {
            args.put("addr", to instanceof UnixAddress u ? UnixCalls.sockaddr(u.name()) : to);
        }
        Syscall c = new Syscall(p, fd, "sendmsg", args, "sendmsg", fd, message, flags);
        SocketObject s = c.socket();
        PassedDescriptors passed = s instanceof PassesDescriptors unix ? unix.passed() : null;
        PassedDescriptors.Rights rights = rights(c, passed != null, control);
        s.checkFlags(c, flags, true);
        if (rights != null) {
            passed.send(rights);
        }
        try {
            return switch (to) {
                case Sockaddr.Inet address when s.datagram() -> s.sendto(c, data, flags, address, nonBlocking);
                case UnixAddress address -> s.sendto(c, data, flags, address);
                case null, default -> s.send(c, data, 0, data.length, flags, nonBlocking);
            };
        } catch (IOException e) {
            throw c.fail(e);
        } finally {
            if (passed != null) {
                passed.sendEnded();
            }
        }
    }

    /**
     * The descriptors SCM_RIGHTS names, held for their flight (null when none go), or the error
     * Linux gives: an item of SOL_SOCKET it does not know, too many descriptors (EINVAL), one not
     * open (EBADF). Other levels are not the socket layer's and pass; an internet socket ignores
     * SCM_RIGHTS and SCM_CREDENTIALS.
     */
    private static PassedDescriptors.Rights rights(Syscall c, boolean unix, List<ControlMessage> control) {
        List<DescriptorTable.OpenFile> files = new ArrayList<>();
        for (ControlMessage m : control) {
            if (m.level() != SocketCalls.SOL_SOCKET) {
                continue;
            }
            switch (m.type()) {
                case ControlMessage.SCM_RIGHTS -> {
                    int[] fds = m.fds();
                    if (!unix || fds.length == 0) {
                        continue;
                    }
                    if (files.size() + fds.length > MAX_FDS) {
                        throw c.fail(Errno.EINVAL);
                    }
                    for (int fd : fds) {
                        DescriptorTable.OpenFile file = c.process().descriptors().get(fd);
                        if (file == null) {
                            throw c.fail(Errno.EBADF);
                        }
                        files.add(file);
                    }
                }
                case ControlMessage.SCM_CREDENTIALS -> {
                    // struct ucred: pid, uid, gid — the sender's own, which is what Linux checks.
                    if (unix && m.data().length != 12) {
                        throw c.fail(Errno.EINVAL);
                    }
                }
                default -> throw c.fail(Errno.EINVAL);
            }
        }
        // Linux's too_many_unix_fds: refused once more files than RLIMIT_NOFILE are in flight already.
        if (!files.isEmpty() && DescriptorBudget.inFlight(c.process().sandbox()) > c.process().sandbox().kernelLimits().maxDescriptors()) {
            throw c.refuse(Errno.ETOOMANYREFS);
        }
        return files.isEmpty() ? null : PassedDescriptors.Rights.hold(files);
    }

    /**
     * recvmsg(): one receive of up to the buffers' total length, with room for {@code ancillaryRoom}
     * bytes of ancillary data; null while it must wait. A datagram longer than the buffers is cut
     * (MSG_TRUNC); descriptors that came beyond the room are closed (MSG_CTRUNC).
     */
    public static Received recvmsg(Process p, int fd, int[] bufferLengths, int ancillaryRoom, int flags, boolean nonBlocking) {
        long total = 0;
        for (int length : bufferLengths) {
            total += length;
        }
        // One byte more than the buffers tells a datagram that did not fit; the sum stays a C int.
        int max = (int) Math.min(total, Integer.MAX_VALUE - 1);
        DescriptorTable.OpenFile file = p.descriptors().get(fd);
        int nameRoom = file instanceof SocketObject so ? nameRoom(so) : 0;
        MessageHeader message = MessageHeader.toFill(bufferLengths, nameRoom);
        Syscall c = new Syscall(p, fd, "recvmsg", SocketCalls.args("fd", fd, "len", max, "flags", Strace.msgFlags(flags)),
                "recvmsg", fd, message, flags);
        SocketObject s = c.socket();
        PassedDescriptors passed = s instanceof PassesDescriptors unix ? unix.passed() : null;
        List<ControlMessage> control = new ArrayList<>();
        int[] msgFlags = {0};
        int room = max;
        c.completing(answer -> {
            int n = (int) answer;
            if (n > room) {
                // A datagram asked for with one byte more than the buffers: it did not fit.
                n = room;
                msgFlags[0] |= ControlMessage.MSG_TRUNC;
                message.cut(n);
                Syscall.withBytes(c.args(), message.data(), 0, n);
            }
            int length = passed == null ? 0 : install(c, passed, ancillaryRoom, control, msgFlags);
            message.received(control, length, msgFlags[0]);
            return n;
        });
        if (passed != null) {
            passed.receiveStarts((flags & SocketCalls.MSG_PEEK) != 0);
        }
        try {
            if (s.datagram()) {
                DatagramSocket.Datagram got = s.recvfrom(c, max + 1, flags, nonBlocking);
                return got == null ? null : new Received(message.data(), control, msgFlags[0], got);
            }
            // An AF_UNIX stream names the sender when it has a name: the path a client connected to.
            DatagramSocket.Datagram from = s.family() == SocketCalls.AF_UNIX && !s.remotePath().isEmpty()
                    ? new DatagramSocket.Datagram(new byte[0], null, s.remotePath()) : null;
            if (from != null) {
                message.filled(Strace.Arg.ADDRESS_OUT, new Strace.UnixName(from.fromPath()));
            }
            if (max == 0 && !s.readable()) {
                // recv() of no bytes answers at once; recvmsg() of none waits for data, as Linux's does.
                if (nonBlocking || (flags & SocketCalls.MSG_DONTWAIT) != 0) {
                    throw c.fail(Errno.EAGAIN);
                }
                return null;
            }
            byte[] got = s.recv(c, max, flags, nonBlocking);
            return got == null ? null : new Received(got, control, msgFlags[0], from);
        } catch (IOException e) {
            throw c.fail(e);
        } finally {
            if (passed != null) {
                passed.receiveEnded();
            }
        }
    }

    // The room CPython gives recvmsg() for the sender's name: the size of its family's sockaddr.
    private static int nameRoom(SocketObject s) {
        return switch (s.family()) {
            case SocketCalls.AF_UNIX -> 110;
            case SocketCalls.AF_INET6 -> 28;
            default -> 16;
        };
    }

    /**
     * Installs the descriptors the receive reached, lowest free numbers first, as many as
     * {@code room} bytes of ancillary data hold (and the table allows); the rest close with the
     * flight and MSG_CTRUNC says so. Returns msg_controllen.
     */
    private static int install(Syscall c, PassedDescriptors passed, int room, List<ControlMessage> control, int[] msgFlags) {
        List<DescriptorTable.OpenFile> files = passed.deliveredFiles();
        if (files.isEmpty()) {
            return 0;
        }
        int fit = room > ControlMessage.HEADER ? (room - ControlMessage.HEADER) / 4 : 0;
        Process p = c.process();
        List<Integer> fds = new ArrayList<>();
        for (DescriptorTable.OpenFile file : files) {
            if (fds.size() >= fit || DescriptorBudget.tableFull(p)) {
                break;
            }
            int fd = p.descriptors().allocate(file);
            fds.add(fd);
            if (file instanceof SocketObject socket) {
                c.state(fd, socket.state(), socket.local(), socket.remote());
            }
        }
        if (fds.size() < files.size()) {
            msgFlags[0] |= ControlMessage.MSG_CTRUNC;
        }
        if (fds.isEmpty()) {
            return 0;
        }
        control.add(ControlMessage.rights(fds));
        return Math.min(ControlMessage.space(fds.size() * 4), room);
    }
}
