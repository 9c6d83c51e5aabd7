package org.enchufe.events;

/**
 * A socket address as a student writes it and as strace prints the C structure behind it.
 */
public sealed interface Sockaddr {

    /** The {@code struct sockaddr_*} rendering strace uses, e.g. {@code {sa_family=AF_INET, …}}. */
    String strace();

    /** The size strace prints after the structure. */
    int length();

    /**
     * An internet address: AF_INET {@code ('127.0.0.1', 5000)}, or AF_INET6 when the host is an
     * IPv6 address (its text always has a ':'), {@code ('::1', 5000, 0, 0)}.
     */
    record Inet(String host, int port) implements Sockaddr {
        public boolean v6() {
            return host.indexOf(':') >= 0;
        }

        /** Its size as the kernel is given it: sizeof(struct sockaddr_in6) or sizeof(struct sockaddr_in). */
        public int socklen() {
            return v6() ? 28 : 16;
        }

        @Override
        public String strace() {
            if (v6()) {
                return "{sa_family=AF_INET6, sin6_port=htons(" + port + "), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, \""
                        + host + "\", &sin6_addr), sin6_scope_id=0}";
            }
            return "{sa_family=AF_INET, sin_port=htons(" + port + "), sin_addr=inet_addr(\"" + host + "\")}";
        }

        @Override
        public int length() {
            return v6() ? 28 : 16;
        }

        @Override
        public String toString() {
            return v6() ? "[" + host + "]:" + port : host + ":" + port;
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
