package org.enchufe.kernel;

import java.io.IOException;

import org.enchufe.events.Sockaddr;
import org.enchufe.kernel.net.HostNetwork;
import org.enchufe.lang.runtime.Errno;

/** A UDP socket (AF_INET or AF_INET6): it sends to internet addresses and hears internet senders. */
public final class UdpSocket extends DatagramSocket {

    UdpSocket(HostNetwork network, int family) {
        super(network, family);
    }

    /** A built-in service's socket on {@code port} of its host. */
    static UdpSocket service(HostNetwork network, int port) throws IOException {
        UdpSocket d = new UdpSocket(network, SocketCalls.AF_INET);
        d.local = new Sockaddr.Inet("0.0.0.0", port);
        network.bind("0.0.0.0", port, d);
        d.openReal();
        return d;
    }

    @Override
    int protocolLevel() {
        return SocketCalls.IPPROTO_UDP;
    }

    @Override
    Datagram accepted(HostNetwork.Holder sender, String source, byte[] data) {
        return acceptedInet(sender, source, data);
    }

    /** send() on a connected UDP socket: a datagram to the address it connected to. */
    @Override
    Integer send(Syscall c, byte[] data, int offset, int length, int flags, boolean nonBlocking) throws IOException {
        if (remote == null) {
            throw c.fail(Errno.EDESTADDRREQ);
        }
        return sendDatagram(c, data, offset, length, remote);
    }

    @Override
    Object sender(Syscall c, Datagram got) {
        c.args().put("addr", got.from());
        return got.from();
    }
}
