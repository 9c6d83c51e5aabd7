package org.enchufe.kernel.net;

/**
 * An IPv4 network as a topology writes it, {@code 172.25.4.0/24}: which addresses belong to it
 * and its broadcast address.
 */
public record Cidr(long network, int prefix) {

    public Cidr {
        if (prefix < 0 || prefix > 32) {
            throw new IllegalArgumentException("a prefix length is 0 to 32, not " + prefix);
        }
        network &= mask(prefix);
    }

    /** Reads {@code a.b.c.d/n}; an address without a prefix is a /32. */
    public static Cidr parse(String text) {
        String[] parts = text.trim().split("/", 2);
        Long address = address(parts[0]);
        if (address == null) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv4 network (a.b.c.d/n)");
        }
        int prefix;
        try {
            prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : 32;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' has no prefix length after '/'");
        }
        return new Cidr(address, prefix);
    }

    /** An IPv4 address in dotted-quad form as a number, or null. */
    public static Long address(String text) {
        if (text == null || !text.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return null;
        }
        byte[] packed = Ipv4.aton(text);
        return packed == null ? null : Integer.toUnsignedLong(java.nio.ByteBuffer.wrap(packed).getInt());
    }

    private static long mask(int prefix) {
        return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    }

    public boolean contains(String address) {
        Long a = address(address);
        return a != null && (a & mask(prefix)) == network;
    }

    /** The network's broadcast address (all host bits set). */
    public String broadcast() {
        return text(network | ~mask(prefix) & 0xFFFFFFFFL);
    }

    static String text(long address) {
        return (address >> 24 & 0xFF) + "." + (address >> 16 & 0xFF) + "." + (address >> 8 & 0xFF) + "." + (address & 0xFF);
    }

    @Override
    public String toString() {
        return text(network) + "/" + prefix;
    }
}
