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
}
