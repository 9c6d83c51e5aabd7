package org.enchufe.kernel;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A sandbox's private file tree on the real disk: a temporary directory only this sandbox uses,
 * created on first need and removed with the sandbox. AF_UNIX sockets live here, so a socket
 * file one sandbox makes is never one another can reach.
 *
 * <p>The directory holds the tree programs see ({@code fs/}, their "/") and, beside it, the real
 * socket files of AF_UNIX listeners under short names ({@code u0}, {@code u1}…): a program may
 * name a path of 107 bytes, and under {@code $TMPDIR/enchufe-sandboxes/jvm-…/s…/} that path would
 * pass the 108 bytes a real sun_path holds. The file a program sees at the path it bound stays in
 * {@code fs/} (so exists, unlink and a second bind behave as on Linux); the listener it names is
 * found through the host's AF_UNIX table, which knows the real name.
 */
public final class SandboxFiles {

    private Path directory;
    private Path root;
    private int nextSocket;
    private int nextPair;

    /** The directory, created the first time it is needed, with the /tmp every Linux host has. */
    public Path root() throws IOException {
        if (root == null) {
            directory = SandboxDirectories.newSandboxDirectory();
            root = Files.createDirectories(directory.resolve("fs"));
            Files.createDirectories(root.resolve("tmp"));
        }
        return root;
    }

    /** A fresh short real path, outside the program's tree, for a real AF_UNIX listener to bind. */
    Path socketFile() throws IOException {
        root();
        return directory.resolve("u" + nextSocket++);
    }

    /**
     * The real file behind a path a program names ("/tmp/srv.sock"; relative paths start at "/").
     * ".." cannot climb out: the sandbox's "/" is its root.
     */
    public Path resolve(String virtualPath) throws IOException {
        Path virtual = Path.of("/").resolve(virtualPath).normalize();
        Path real = root().resolve(Path.of("/").relativize(virtual).toString()).normalize();
        if (!real.startsWith(root)) {
            return root;
        }
        return real;
    }

    /** Two connected real AF_UNIX stream channels; the path that joined them is gone when this returns. */
    SocketChannel[] unixPair() throws IOException {
        root();
        Path path = directory.resolve("p" + nextPair++);
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(path));
            SocketChannel a = SocketChannel.open(UnixDomainSocketAddress.of(path));
            SocketChannel b = server.accept();
            return new SocketChannel[] {a, b};
        } finally {
            Files.deleteIfExists(path);
        }
    }

    /** Removes the tree. */
    void delete() {
        if (directory == null) {
            return;
        }
        SandboxDirectories.deleteTree(directory);
        directory = null;
        root = null;
    }

    /**
     * Removes the private directories a server that died without disposing its sandboxes (kill -9)
     * left behind, and only those; see {@link SandboxDirectories}. Returns how many JVMs' directories went.
     */
    public static int removeLeftovers() {
        return SandboxDirectories.removeLeftovers();
    }
}
