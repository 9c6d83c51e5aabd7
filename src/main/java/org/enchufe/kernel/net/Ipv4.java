package org.enchufe.kernel.net;

/**
 * IPv4 addresses as text and as four bytes, parsed the way glibc's inet_aton parses them: one to
 * four parts, each decimal, octal (leading 0) or hex (0x), the last part filling the bytes left
 * ("127.1" is 127.0.0.1).
 */
public final class Ipv4 {

    private Ipv4() {
    }

    /** The address as four bytes, or null when {@code text} is not one. */
    public static byte[] aton(String text) {
        if (text.isEmpty() || text.endsWith(".")) {
            return null;
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length > 4) {
            return null;
        }
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Long v = number(parts[i]);
            if (v == null) {
                return null;
            }
            values[i] = v;
        }
        long address = 0;
        for (int i = 0; i < parts.length - 1; i++) {
            if (values[i] > 0xFF) {
                return null;
            }
            address |= values[i] << (8 * (3 - i));
        }
        long last = values[parts.length - 1];
        int lastBytes = 5 - parts.length;
        if (last >= 1L << (8 * lastBytes)) {
            return null;
        }
        address |= last;
        return new byte[] {(byte) (address >> 24), (byte) (address >> 16), (byte) (address >> 8), (byte) address};
    }

    private static Long number(String part) {
        if (part.isEmpty()) {
            return null;
        }
        int radix = 10;
        String digits = part;
        if (part.startsWith("0x") || part.startsWith("0X")) {
            radix = 16;
            digits = part.substring(2);
            if (digits.isEmpty()) {
                return 0L;
            }
        } else if (part.length() > 1 && part.startsWith("0")) {
            radix = 8;
            digits = part.substring(1);
        }
        if (digits.length() > 10) {
            return null;
        }
        try {
            long v = Long.parseLong(digits, radix);
            return v < 0 || v > 0xFFFFFFFFL ? null : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The dotted-quad text of four bytes. */
    public static String ntoa(byte[] address) {
        return (address[0] & 0xFF) + "." + (address[1] & 0xFF) + "." + (address[2] & 0xFF) + "." + (address[3] & 0xFF);
    }

    /** Strict dotted quad, as inet_pton(AF_INET) accepts: four decimal parts, no leading zeros. */
    public static byte[] pton(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit) || p.length() > 1 && p.charAt(0) == '0') {
                return null;
            }
            int v = Integer.parseInt(p);
            if (v > 255) {
                return null;
            }
            out[i] = (byte) v;
        }
        return out;
    }
}
