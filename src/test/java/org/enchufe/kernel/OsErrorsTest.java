package org.enchufe.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.channels.AlreadyBoundException;
import java.nio.channels.AlreadyConnectedException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ConnectionPendingException;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.UnsupportedAddressTypeException;
import java.util.stream.Stream;

import org.enchufe.lang.runtime.Errno;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OsErrorsTest {

    static Stream<Arguments> javaFailures() {
        return Stream.of(
                // The OS refused, and Java passed its strerror text on.
                Arguments.of(new BindException("Address already in use"), Errno.EADDRINUSE),
                Arguments.of(new ConnectException("Connection refused"), Errno.ECONNREFUSED),
                Arguments.of(new IOException("Broken pipe"), Errno.EPIPE),
                Arguments.of(new SocketException("Connection reset"), Errno.ECONNRESET),
                Arguments.of(new SocketException("Connection reset by peer"), Errno.ECONNRESET),
                Arguments.of(new SocketException("Message too long"), Errno.EMSGSIZE),
                Arguments.of(new SocketException("Permission denied"), Errno.EACCES),
                Arguments.of(new SocketException("Network is unreachable"), Errno.ENETUNREACH),
                Arguments.of(new SocketException("No route to host"), Errno.EHOSTUNREACH),
                Arguments.of(new BindException("Cannot assign requested address"), Errno.EADDRNOTAVAIL),
                Arguments.of(new ConnectException("Connection timed out"), Errno.ETIMEDOUT),
                Arguments.of(new SocketException("Address family not supported by protocol"), Errno.EAFNOSUPPORT),
                Arguments.of(new BindException("bind: Address already in use"), Errno.EADDRINUSE),
                Arguments.of(new ConnectException("Connection refused (Connection refused)"), Errno.ECONNREFUSED),
                // Java refused before asking the OS; the type says what Linux would have said.
                Arguments.of(new AlreadyBoundException(), Errno.EINVAL),
                Arguments.of(new NotYetConnectedException(), Errno.ENOTCONN),
                Arguments.of(new AlreadyConnectedException(), Errno.EISCONN),
                Arguments.of(new ConnectionPendingException(), Errno.EALREADY),
                Arguments.of(new UnsupportedAddressTypeException(), Errno.EAFNOSUPPORT),
                Arguments.of(new ClosedChannelException(), Errno.EBADF),
                Arguments.of(new SocketTimeoutException("Read timed out"), Errno.ETIMEDOUT),
                // Nothing recognisable: an I/O error, never a crash.
                Arguments.of(new IOException("something new"), Errno.EIO),
                Arguments.of(new IOException((String) null), Errno.EIO));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("javaFailures")
    void mapsEachJavaFailureToTheErrnoLinuxGave(Exception failure, Errno expected) {
        assertThat(OsErrors.errnoOf(failure)).isEqualTo(expected);
    }
}
