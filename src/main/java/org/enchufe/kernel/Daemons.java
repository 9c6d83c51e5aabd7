package org.enchufe.kernel;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.enchufe.kernel.net.HostNetwork;
import org.enchufe.kernel.net.Route;

/**
 * The classic services every host of the sandbox offers as root, over TCP and UDP, as inetd's
 * internal services do: echo (7), discard (9), daytime (13), chargen (19) and time (37). Each
 * starts the first time a program reaches its port, on real loopback channels like any socket of
 * the sandbox, and is served by the sandbox's own loop: no process, no thread.
 */
final class Daemons {

    static final int ECHO = 7;
    static final int DISCARD = 9;
    static final int DAYTIME = 13;
    static final int CHARGEN = 19;
    static final int TIME = 37;

    /** Seconds from 1900-01-01 (RFC 868's epoch) to 1970-01-01. */
    private static final long RFC868_OFFSET = 2_208_988_800L;
    private static final DateTimeFormatter CTIME =
            DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** One connection a TCP service is serving. */
    private static final class Connection {
        final StreamSocket socket;
        final int service;
        ByteBuffer out = ByteBuffer.allocate(0);
        boolean closeWhenSent;
        int chargenLine;

        Connection(StreamSocket socket, int service) {
            this.socket = socket;
            this.service = service;
        }
    }

    private final HostNetwork network;
    private final Map<Integer, TcpSocket> listeners = new HashMap<>();
    private final Map<Integer, DatagramSocket> datagrams = new HashMap<>();
    private final List<Connection> connections = new ArrayList<>();

    Daemons(HostNetwork network) {
        this.network = network;
    }

    static boolean serves(int port) {
        return port == ECHO || port == DISCARD || port == DAYTIME || port == CHARGEN || port == TIME;
    }

    boolean active() {
        return !listeners.isEmpty() || !datagrams.isEmpty();
    }

    /** Starts the TCP service on {@code port} if needed; returns the real port it listens on. */
    int tcp(int port) throws IOException {
        TcpSocket listener = listeners.get(port);
        if (listener == null) {
            // Bound to "::", so clients of both families reach it, as a dual-stack inetd.
            listener = TcpSocket.serviceListener(network, port);
            listeners.put(port, listener);
        }
        return listener.realListenerPort();
    }

    /** Starts the UDP service on {@code port} if needed. */
    void udp(int port) throws IOException {
        if (!datagrams.containsKey(port)) {
            datagrams.put(port, UdpSocket.service(network, port));
        }
    }

    /** Serves whatever is ready without blocking; true when anything happened. */
    boolean poll() {
        boolean progressed = false;
        for (var entry : listeners.entrySet()) {
            progressed |= acceptAll(entry.getKey(), entry.getValue());
        }
        for (Iterator<Connection> it = connections.iterator(); it.hasNext(); ) {
            Connection c = it.next();
            try {
                progressed |= serve(c);
                if (c.closeWhenSent && !c.out.hasRemaining()) {
                    c.socket.closeLast();
                    it.remove();
                }
            } catch (IOException e) {
                c.socket.closeLast();
                it.remove();
            }
        }
        for (var entry : datagrams.entrySet()) {
            progressed |= answer(entry.getKey(), entry.getValue());
        }
        return progressed;
    }

    private boolean acceptAll(int port, TcpSocket listener) {
        boolean accepted = false;
        try {
            for (SocketChannel real = listener.acceptReal(); real != null; real = listener.acceptReal()) {
                StreamSocket client = (StreamSocket) network.clientFor(((java.net.InetSocketAddress) real.getRemoteAddress()).getPort());
                TcpSocket conn = TcpSocket.serviceConnection(network, real, client, port);
                Connection c = new Connection(conn, port);
                switch (port) {
                    case DAYTIME -> send(c, (CTIME.format(Instant.now()) + "\r\n").getBytes(StandardCharsets.US_ASCII), true);
                    case TIME -> send(c, timeBytes(), true);
                    default -> { }
                }
                connections.add(c);
                accepted = true;
            }
        } catch (IOException e) {
            // A connection reset before it was accepted: nothing to serve.
        }
        return accepted;
    }

    private boolean serve(Connection c) throws IOException {
        boolean progressed = false;
        if (c.service == ECHO || c.service == DISCARD || c.service == CHARGEN) {
            byte[] in = c.socket.readStream(65536, false);
            if (in != null && in.length == 0) {
                c.closeWhenSent = true;
                if (c.service == CHARGEN) {
                    c.out = ByteBuffer.allocate(0);
                }
            } else if (in != null) {
                progressed = true;
                if (c.service == ECHO) {
                    send(c, in, false);
                }
            }
        }
        if (c.service == CHARGEN && !c.closeWhenSent && !c.out.hasRemaining()) {
            c.out = ByteBuffer.wrap(chargenLines(c));
        }
        if (c.out.hasRemaining()) {
            progressed |= c.socket.channel.write(c.out) > 0;
        }
        return progressed;
    }

    private static void send(Connection c, byte[] data, boolean thenClose) {
        ByteBuffer joined = ByteBuffer.allocate(c.out.remaining() + data.length);
        joined.put(c.out).put(data).flip();
        c.out = joined;
        c.closeWhenSent |= thenClose;
    }

    // RFC 864's pattern: 72 printable characters a line, each line starting one further along.
    private static byte[] chargenLines(Connection c) {
        StringBuilder lines = new StringBuilder();
        for (int n = 0; n < 16; n++) {
            lines.append(chargenLine(c.chargenLine++)).append("\r\n");
        }
        return lines.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String chargenLine(int line) {
        StringBuilder out = new StringBuilder(72);
        for (int i = 0; i < 72; i++) {
            out.append((char) (' ' + (line + i) % 95));
        }
        return out.toString();
    }

    private static byte[] timeBytes() {
        long seconds = Instant.now().getEpochSecond() + RFC868_OFFSET;
        return ByteBuffer.allocate(4).putInt((int) seconds).array();
    }

    private boolean answer(int port, DatagramSocket d) {
        boolean progressed = false;
        try {
            for (DatagramSocket.Datagram got = d.receive(false); got != null; got = d.receive(false)) {
                progressed = true;
                byte[] reply = switch (port) {
                    case ECHO -> got.data();
                    case DAYTIME -> (CTIME.format(Instant.now()) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                    case CHARGEN -> (chargenLine(0) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                    case TIME -> timeBytes();
                    default -> null;
                };
                if (reply != null) {
                    if (network.route(got.from().host()) instanceof Route.Deliver back) {
                        for (int realPort : back.host().datagramReceivers(got.from().host(), got.from().port(), false)) {
                            d.sendReal(reply, 0, reply.length, realPort);
                        }
                    }
                }
            }
        } catch (IOException e) {
            // A datagram the OS refused to pass: UDP promises nothing.
        }
        return progressed;
    }

    /** The channels the services wait on, for a selector, with the operations they wait for. */
    List<KernelCall.Wait> waits() {
        List<KernelCall.Wait> waits = new ArrayList<>();
        listeners.values().forEach(l -> waits.add(new KernelCall.Wait(l.selectable(), SelectionKey.OP_ACCEPT)));
        for (Connection c : connections) {
            int ops = SelectionKey.OP_READ | (c.out.hasRemaining() || c.service == CHARGEN ? SelectionKey.OP_WRITE : 0);
            waits.add(new KernelCall.Wait(c.socket.channel, ops));
        }
        datagrams.values().forEach(d -> waits.add(new KernelCall.Wait(d.channel, SelectionKey.OP_READ)));
        return waits;
    }

    /** Real descriptors the services hold: their listeners, datagram sockets and connections. */
    int realDescriptors() {
        int n = 0;
        for (StreamSocket l : listeners.values()) {
            n += l.realDescriptors();
        }
        for (DatagramSocket d : datagrams.values()) {
            n += d.realDescriptors();
        }
        for (Connection c : connections) {
            n += c.socket.realDescriptors();
        }
        return n;
    }

    void close() {
        connections.forEach(c -> c.socket.closeLast());
        connections.clear();
        listeners.values().forEach(StreamSocket::closeLast);
        datagrams.values().forEach(DatagramSocket::closeLast);
        listeners.clear();
        datagrams.clear();
    }
}
