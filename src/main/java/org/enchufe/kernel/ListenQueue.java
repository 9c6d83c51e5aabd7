package org.enchufe.kernel;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

import org.enchufe.kernel.net.HostNetwork;
import org.enchufe.lang.runtime.Errno;

/**
 * A listening stream socket's side of accept(): the real listening channel, the connection
 * select() found waiting (the next accept() returns it), and how many connections have completed
 * and wait in the queue, as netstat's Recv-Q and the views show it.
 */
final class ListenQueue {

    private final HostNetwork network;
    private final ServerSocketChannel server;
    // A connection select() found waiting; the next accept() returns it.
    private SocketChannel stashed;
    // Connections completed and waiting in the queue for accept().
    private int queued;

    ListenQueue(HostNetwork network, ServerSocketChannel server) {
        this.network = network;
        this.server = server;
    }

    ServerSocketChannel channel() {
        return server;
    }

    /** The real port it listens on (a TCP listener's, on loopback). */
    int realPort() throws IOException {
        return ((InetSocketAddress) server.getLocalAddress()).getPort();
    }

    int realDescriptors() {
        return (server.isOpen() ? 1 : 0) + (stashed != null ? 1 : 0);
    }

    /** How many completed connections wait for accept(). */
    int queued() {
        return queued;
    }

    /** A client's connection completed: it waits in the queue. */
    void completed() {
        queued++;
    }

    /** accept() took a connection from the queue. */
    void taken() {
        queued = Math.max(0, queued - 1);
    }

    /** Whether accept() would not block now: the connection found is kept for it. */
    boolean readable() throws IOException {
        return stashed != null || (stashed = accept()) != null;
    }

    /**
     * accept()'s connection: the next one, or null while none is waiting (EAGAIN for a
     * non-blocking call); EMFILE or ENFILE first when the process can take no more descriptors.
     */
    SocketChannel take(Syscall c, boolean nonBlocking) throws IOException {
        Errno full = DescriptorBudget.refusal(c.process(), 1);
        if (full != null) {
            throw c.refuse(full);
        }
        SocketChannel real = accept();
        if (real == null && nonBlocking) {
            throw c.fail(Errno.EAGAIN);
        }
        return real;
    }

    /** An accepted connection, or null when none is waiting. */
    /** How many connections were taken from the real listener: epoll's edge trigger counts on it. */
    long arrivals() {
        return arrivals;
    }

    private long arrivals;

    SocketChannel accept() throws IOException {
        while (true) {
            SocketChannel next = stashed != null ? stashed : server.accept();
            arrivals += next != null && stashed == null ? 1 : 0;
            stashed = null;
            if (next == null || !fromClientThatGaveUp(next)) {
                return next;
            }
            // Java only kills a closed channel once every selector it was registered with has
            // selected again, so a client that gave up may still send its SYN and get in when the
            // queue has room. On Linux that attempt died with the socket: nobody ever connected.
            closeQuietly(next);
        }
    }

    private boolean fromClientThatGaveUp(SocketChannel real) throws IOException {
        if (!(real.getRemoteAddress() instanceof InetSocketAddress peer)
                || !(network.clientFor(peer.getPort()) instanceof StreamSocket client) || !client.gaveUpConnecting()) {
            return false;
        }
        network.forgetClient(peer.getPort());
        return true;
    }

    void close() throws IOException {
        server.close();
    }

    /** Closes a connection nobody will get. */
    static void closeQuietly(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing a program could observe.
        }
    }
}
