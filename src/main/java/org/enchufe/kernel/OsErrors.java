package org.enchufe.kernel;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.channels.AlreadyBoundException;
import java.nio.channels.AlreadyConnectedException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ConnectionPendingException;
import java.nio.channels.NoConnectionPendingException;
import java.nio.channels.NotYetBoundException;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.channels.UnsupportedAddressTypeException;

import org.enchufe.lang.runtime.Errno;

/**
 * The one table from what Java NIO threw to the errno Linux reported. Where the OS refused, Java
 * passes on the OS's own strerror text, so the text names the errno; where Java refused before
 * asking the OS, its exception type tells which errno Linux would have given.
 */
public final class OsErrors {

    private OsErrors() {
    }

    public static Errno errnoOf(Exception failure) {
        return switch (failure) {
            case AlreadyBoundException e -> Errno.EINVAL;
            case NotYetConnectedException e -> Errno.ENOTCONN;
            case AlreadyConnectedException e -> Errno.EISCONN;
            case ConnectionPendingException e -> Errno.EALREADY;
            case NoConnectionPendingException e -> Errno.EINVAL;
            case NotYetBoundException e -> Errno.EINVAL;
            case UnsupportedAddressTypeException e -> Errno.EAFNOSUPPORT;
            case UnresolvedAddressException e -> Errno.EINVAL;
            case ClosedChannelException e -> Errno.EBADF;
            case SocketTimeoutException e -> Errno.ETIMEDOUT;
            case IOException e -> fromMessage(e.getMessage());
            default -> Errno.EIO;
        };
    }

    private static Errno fromMessage(String message) {
        if (message == null) {
            return Errno.EIO;
        }
        // Java shortens two of Linux's texts; every other OS refusal arrives word for word,
        // sometimes after a "bind: "-style prefix or before a " (details)" suffix.
        return switch (message) {
            case "Connection reset" -> Errno.ECONNRESET;
            case "Connection reset by peer" -> Errno.ECONNRESET;
            default -> Errno.ofMessage(message)
                    .or(() -> Errno.ofMessage(afterPrefix(message)))
                    .or(() -> Errno.ofMessage(beforeDetails(message)))
                    .orElse(Errno.EIO);
        };
    }

    private static String afterPrefix(String message) {
        int colon = message.lastIndexOf(": ");
        return colon < 0 ? message : message.substring(colon + 2);
    }

    private static String beforeDetails(String message) {
        int paren = message.indexOf(" (");
        return paren < 0 ? message : message.substring(0, paren);
    }
}
