package org.enchufe.kernel;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

import org.enchufe.events.Sockaddr;
import org.enchufe.events.SocketState;
import org.enchufe.kernel.net.HostNetwork;
import org.enchufe.lang.runtime.Errno;

/**
 * An AF_UNIX stream socket: a real AF_UNIX channel, a listener under a short real name in the
 * sandbox's directory (Java binds and listens in one step, so it listens from bind() on; a
 * connect finds it only after listen()), or one end of a socketpair().
 */
public final class UnixStreamSocket extends StreamSocket implements PassesDescriptors {

    /** The real file of its listener (a short name in the sandbox's directory), or null. */
    private java.nio.file.Path unixFile;
    /** Descriptors in flight to it, and its other end, where its own go (null when unknown). */
    private final PassedDescriptors passed = new PassedDescriptors();
    private UnixStreamSocket partner;
    /** A listener's clients whose connections it has yet to accept, in the order they connected. */
    private final java.util.ArrayDeque<UnixStreamSocket> waitingClients = new java.util.ArrayDeque<>();

    UnixStreamSocket(HostNetwork network) {
        super(network, SocketCalls.AF_UNIX);
    }

    /**
     * Binds a real AF_UNIX listening channel at {@code path}, a short real name (Java binds and
     * listens in one step); the file goes when the socket closes.
     */
    void openUnixListener(java.nio.file.Path path) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.configureBlocking(false);
        server.bind(java.net.UnixDomainSocketAddress.of(path), SocketCalls.SOMAXCONN);
        listenOn(server);
        unixFile = path;
    }

    /** The real file of its AF_UNIX listener, where connections to it go. */
    java.nio.file.Path unixFile() {
        return unixFile;
    }

    /** Starts the real AF_UNIX connection to {@code path}; true when it completed at once. */
    boolean openUnixConnection(java.nio.file.Path path) throws IOException {
        channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        channel.configureBlocking(false);
        return channel.connect(java.net.UnixDomainSocketAddress.of(path));
    }

    /** socketpair(): two ends of a real AF_UNIX connection, connected from birth with no names. */
    static UnixStreamSocket[] pair(Process p) throws IOException {
        SocketChannel[] ends = p.files().unixPair();
        UnixStreamSocket a = new UnixStreamSocket(p.network());
        UnixStreamSocket b = new UnixStreamSocket(p.network());
        a.adopt(ends[0]);
        b.adopt(ends[1]);
        a.paired = b.paired = true;
        a.peer = a.partner = b;
        b.peer = b.partner = a;
        a.state = b.state = SocketState.ESTABLISHED;
        return new UnixStreamSocket[] {a, b};
    }

    /** An AF_UNIX stream hangs up as soon as its peer is gone. */
    @Override
    boolean hungUp() {
        return peerClosed();
    }

    @Override
    void bind(Syscall c, UnixAddress addr) {
        bindUnixName(c, addr);
    }

    @Override
    void openUnixReal(Process p) throws IOException {
        openUnixListener(p.files().socketFile());
    }

    @Override
    void listen(Syscall c, int backlog) {
        if (channel != null || !hasListener()) {
            throw c.fail(Errno.EINVAL);
        }
        state = SocketState.LISTEN;
        if (!UnixAddress.isAbstract(localPath)) {
            // A path's listener is found through the host's table; an abstract name is there since bind().
            network.listenUnix(UnixAddress.key(localPath), this);
        }
        c.ok(0);
        c.state(SocketState.LISTEN, null, null);
    }

    @Override
    SocketCalls.Accepted accepted(Syscall c, SocketChannel real) throws IOException {
        UnixStreamSocket conn = new UnixStreamSocket(network);
        conn.adopt(real);
        conn.localPath = localPath;
        conn.state = SocketState.ESTABLISHED;
        conn.partner = waitingClients.poll();
        if (conn.partner != null) {
            conn.partner.partner = conn;
        }
        int newFd = c.process().descriptors().allocate(conn);
        c.filled(Strace.Arg.ADDRESS_OUT, new Strace.UnixName("")).ok(newFd);
        c.state(newFd, SocketState.ESTABLISHED, null, null);
        return new SocketCalls.Accepted(newFd, null);
    }

    @Override
    boolean connect(Syscall c, UnixAddress addr, boolean nonBlocking) {
        if (addr.autobind()) {
            throw c.fail(Errno.EINVAL);
        }
        if (state == SocketState.LISTEN || connected()) {
            throw c.fail(Errno.EISCONN);
        }
        UnixStreamSocket listener = UnixCalls.listener(c, addr.name());
        boolean done;
        try {
            done = openUnixConnection(listener.unixFile());
        } catch (IOException e) {
            channel = null;
            throw c.fail(e);
        }
        remotePath = addr.name();
        connecting().asked(addr);
        listener.waitingClients.add(this);
        if (done) {
            state = SocketState.ESTABLISHED;
            c.ok(0);
            c.state(SocketState.ESTABLISHED, null, null);
            return true;
        }
        state = SocketState.SYN_SENT;
        if (nonBlocking) {
            throw c.fail(Errno.EINPROGRESS);
        }
        return false;
    }

    /** An internet address is not an AF_UNIX socket's to connect to. */
    @Override
    boolean connect(Syscall c, String host, int port, boolean nonBlocking) {
        throw c.fail(Errno.EINVAL);
    }

    /** A connected AF_UNIX stream has its peer already: sendto() an address is EISCONN. */
    @Override
    Integer sendto(Syscall c, byte[] data, int flags, UnixAddress to) {
        throw c.fail(connected() ? Errno.EISCONN : Errno.ENOTSUP);
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

    @Override
    public PassedDescriptors passed() {
        return passed;
    }

    @Override
    int writeSome(byte[] data, int offset, int length) throws IOException {
        return passed.written(partner == null ? null : partner.passed, length, () -> super.writeSome(data, offset, length));
    }

    @Override
    byte[] readStream(int max, boolean peek) throws IOException {
        byte[] got = super.readStream(passed.readable(max), peek);
        passed.read(got == null ? 0 : got.length, peek);
        return got;
    }

    @Override
    protected void closeLast() {
        super.closeLast();
        passed.discard();
        waitingClients.clear();
        try {
            if (unixFile != null) {
                java.nio.file.Files.deleteIfExists(unixFile);
            }
        } catch (IOException ignored) {
            // Removing the sandbox's own file does not fail in a way a program could see.
        }
    }
}
