package org.enchufe.workbench;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Who a request comes from, as the per-address limits and the pool's fair share count it: an IPv4
 * address as it is, an IPv6 address by its /64 — one household or one host gets a whole /64, so
 * counting single IPv6 addresses would give one client as many budgets as it likes.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    /** The key of {@code remoteAddr} (as the servlet request gives it). */
    public static String key(String remoteAddr) {
        if (remoteAddr == null || remoteAddr.indexOf(':') < 0) {
            return remoteAddr == null ? "unknown" : remoteAddr;
        }
        try {
            // With a colon it can only be an IPv6 literal: getByName checks its form and looks nothing up.
            InetAddress address = InetAddress.getByName(remoteAddr.startsWith("[") ? remoteAddr.substring(1, remoteAddr.length() - 1) : remoteAddr);
            if (address instanceof Inet6Address v6) {
                byte[] b = v6.getAddress();
                return String.format("%02x%02x:%02x%02x:%02x%02x:%02x%02x::/64", b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]);
            }
            return address.getHostAddress();
        } catch (UnknownHostException e) {
            return remoteAddr;
        }
    }
}
