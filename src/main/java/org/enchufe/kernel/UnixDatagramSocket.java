package org.enchufe.kernel;

import java.io.IOException;

import org.enchufe.events.Sockaddr;
import org.enchufe.kernel.net.HostNetwork;
import org.enchufe.lang.runtime.Errno;

/**
 * An AF_UNIX datagram socket: a loopback datagram channel found by its name in the host's table
 * (a path or an abstract name), or one end of a socketpair() that hears only the other end.
 */
public final class UnixDatagramSocket extends DatagramSocket implements PassesDescriptors {

    /** The other end of a socketpair(): the only socket this one talks to. */
    private UnixDatagramSocket pairPeer;
    /** Descriptors in flight to it, and those its own sendmsg() sends. */
    private final PassedDescriptors passed = new PassedDescriptors();

    UnixDatagramSocket(HostNetwork network) {
        super(network, SocketCalls.AF_UNIX);
    }

    /** socketpair(): two loopback datagram channels that only hear each other. */
    static UnixDatagramSocket[] pair(Process p) throws IOException {
        UnixDatagramSocket a = new UnixDatagramSocket(p.network());
        UnixDatagramSocket b = new UnixDatagramSocket(p.network());
        a.openReal();
        b.openReal();
        a.pairPeer = b;
        b.pairPeer = a;
        a.state = b.state = org.enchufe.events.SocketState.ESTABLISHED;
        return new UnixDatagramSocket[] {a, b};
    }

    @Override
    Datagram accepted(HostNetwork.Holder sender, String source, byte[] data) {
        if (pairPeer != null) {
            return passed.arrived(sender, data, sender == pairPeer ? new Datagram(data, null, null) : null);
        }
        if (sender instanceof UnixDatagramSocket from) {
            // The sender is named by its path; a connected socket hears its peer only.
            boolean heard = remotePath.isEmpty() || UnixAddress.key(remotePath).equals(UnixAddress.key(from.localPath));
            return passed.arrived(sender, data, heard ? new Datagram(data, null, from.localPath.isEmpty() ? null : from.localPath) : null);
        }
        return acceptedInet(sender, source, data);
    }

    @Override
    void bind(Syscall c, UnixAddress addr) {
        bindUnixName(c, addr);
    }

    @Override
    void openUnixReal(Process p) throws IOException {
        openReal();
    }

    @Override
    void pathBound(String name) {
        network.listenUnix(UnixAddress.key(name), this);
    }

    /** connect() only names the peer: sends go there, and only it is heard. */
    @Override
    boolean connect(Syscall c, UnixAddress addr, boolean nonBlocking) {
        if (addr.autobind()) {
            throw c.fail(Errno.EINVAL);
        }
        UnixCalls.receiver(c, addr.name());
        remotePath = addr.name();
        c.ok(0);
        return true;
    }

    /** send(): to the other end of a socketpair, or to the peer connect() named. */
    @Override
    Integer send(Syscall c, byte[] data, int offset, int length, int flags, boolean nonBlocking) throws IOException {
        if (pairPeer != null) {
            if (writeShut || pairPeer.isClosed()) {
                throw c.fail(writeShut ? Errno.EPIPE : Errno.ECONNREFUSED);
            }
            pairPeer.passed.datagramSent(passed, this, java.util.Arrays.copyOfRange(data, offset, offset + length));
            sendReal(data, offset, length, pairPeer.realPort());
            c.moved(data, offset, length).ok(length);
            return length;
        }
        if (remotePath.isEmpty()) {
            throw c.fail(Errno.ENOTCONN);
        }
        byte[] datagram = java.util.Arrays.copyOfRange(data, offset, offset + length);
        return sendTo(c, datagram, UnixCalls.receiver(c, remotePath));
    }

    @Override
    Integer sendto(Syscall c, byte[] data, int flags, UnixAddress to) {
        if (to.autobind()) {
            throw c.fail(Errno.EINVAL);
        }
        return sendTo(c, data, UnixCalls.receiver(c, to.name()));
    }

    private int sendTo(Syscall call, byte[] data, UnixDatagramSocket receiver) {
        // Reported as sendto whichever call sent it.
        Syscall c = call.as("sendto");
        try {
            openReal();
            receiver.passed.datagramSent(passed, this, data);
            sendReal(data, 0, data.length, receiver.realPort());
        } catch (IOException e) {
            throw c.fail(e);
        }
        c.moved(data, 0, data.length).ok(data.length);
        return data.length;
    }

    @Override
    Object sender(Syscall c, Datagram got) {
        passed.received(got);
        String from = got.fromPath() == null ? "" : got.fromPath();
        c.args().put("addr", UnixCalls.sockaddr(from));
        // An unnamed sender fills in no address at all: strace shows the buffer and a length of 0.
        return got.fromPath() == null ? Strace.UNFILLED : new Strace.UnixName(from);
    }

    @Override
    public PassedDescriptors passed() {
        return passed;
    }

    @Override
    protected void closeLast() {
        super.closeLast();
        passed.discard();
    }

    @Override
    Sockaddr.Inet getsockname(Syscall c) {
        getsocknameUnix(c);
        return null;
    }

    @Override
    Sockaddr.Inet getpeername(Syscall c) {
        getpeernameUnix(c);
        return null;
    }
}
