package org.enchufe.kernel.net;

/** IPv6 addresses as text and as sixteen bytes: inet_pton and inet_ntop (RFC 5952's short form). */
public final class Ipv6 {

    private Ipv6() {
    }

    /** The sixteen bytes of {@code text}, or null when it is not an IPv6 address. */
    public static byte[] pton(String text) {
        int doubleColon = text.indexOf("::");
        if (doubleColon != text.lastIndexOf("::") || text.isEmpty()) {
            return null;
        }
        String head = doubleColon < 0 ? text : text.substring(0, doubleColon);
        String tail = doubleColon < 0 ? "" : text.substring(doubleColon + 2);
        int[] front = groups(head);
        int[] back = groups(tail);
        if (front == null || back == null) {
            return null;
        }
        int total = front.length + back.length;
        if (doubleColon < 0 ? total != 8 : total > 7) {
            return null;
        }
        byte[] out = new byte[16];
        for (int i = 0; i < front.length; i++) {
            out[2 * i] = (byte) (front[i] >> 8);
            out[2 * i + 1] = (byte) front[i];
        }
        for (int i = 0; i < back.length; i++) {
            int at = 8 - back.length + i;
            out[2 * at] = (byte) (back[i] >> 8);
            out[2 * at + 1] = (byte) back[i];
        }
        return out;
    }

    // Hex groups separated by ':', the last one possibly a dotted IPv4 address (two groups).
    private static int[] groups(String part) {
        if (part.isEmpty()) {
            return new int[0];
        }
        String[] fields = part.split(":", -1);
        int count = fields.length + (fields[fields.length - 1].contains(".") ? 1 : 0);
        int[] out = new int[count];
        for (int i = 0; i < fields.length; i++) {
            String f = fields[i];
            if (i == fields.length - 1 && f.contains(".")) {
                byte[] v4 = Ipv4.pton(f);
                if (v4 == null) {
                    return null;
                }
                out[i] = (v4[0] & 0xFF) << 8 | (v4[1] & 0xFF);
                out[i + 1] = (v4[2] & 0xFF) << 8 | (v4[3] & 0xFF);
                continue;
            }
            if (f.isEmpty() || f.length() > 4 || !f.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                return null;
            }
            out[i] = Integer.parseInt(f, 16);
        }
        return out;
    }

    /** The short text form: lower-case hex, the longest run of two or more zero groups as "::" (glibc's inet_ntop). */
    public static String ntop(byte[] address) {
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) {
            g[i] = (address[2 * i] & 0xFF) << 8 | (address[2 * i + 1] & 0xFF);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        if (bestStart == 0 && (bestLength == 6 || bestLength == 5 && g[5] == 0xFFFF)) {
            // IPv4-compatible and IPv4-mapped addresses end in dotted quad, as glibc prints them.
            return "::" + (bestLength == 5 ? "ffff:" : "") + Ipv4.ntoa(java.util.Arrays.copyOfRange(address, 12, 16));
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (!out.isEmpty() && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(g[i]));
        }
        return out.toString();
    }
}
