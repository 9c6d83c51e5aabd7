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
 */
public final class SandboxFiles {

    private Path root;
    private int nextPair;

    /** The directory, created the first time it is needed, with the /tmp every Linux host has. */
    public Path root() throws IOException {
        if (root == null) {
            root = Files.createTempDirectory(SandboxDirectories.jvmDirectory(), "s");
            Files.createDirectories(root.resolve("tmp"));
        }
        return root;
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
        Path path = root().resolve(".pair-" + nextPair++);
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
        if (root == null) {
            return;
        }
        SandboxDirectories.deleteTree(root);
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
