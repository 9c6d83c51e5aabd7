package org.enchufe.events;

/**
 * A socket address as a student writes it and as strace prints the C structure behind it.
 */
public sealed interface Sockaddr {

    /** The {@code struct sockaddr_*} rendering strace uses, e.g. {@code {sa_family=AF_INET, …}}. */
    String strace();

    /** The size strace prints after the structure. */
    int length();

    /** An AF_INET address: {@code ('127.0.0.1', 5000)}. */
    record Inet(String host, int port) implements Sockaddr {
        @Override
        public String strace() {
            return "{sa_family=AF_INET, sin_port=htons(" + port + "), sin_addr=inet_addr(\"" + host + "\")}";
        }

        @Override
        public int length() {
            return 16;
        }

        @Override
        public String toString() {
            return host + ":" + port;
        }
    }

    /** An AF_UNIX address: a path in the sandbox's file tree, or none (an unnamed socket). */
    record Unix(String path) implements Sockaddr {
        @Override
        public String strace() {
            return path.isEmpty() ? "{sa_family=AF_UNIX}" : "{sa_family=AF_UNIX, sun_path=\"" + path + "\"}";
        }

        @Override
        public int length() {
            return path.isEmpty() ? 2 : 2 + path.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1;
        }

        @Override
        public String toString() {
            return path;
        }
    }
}
