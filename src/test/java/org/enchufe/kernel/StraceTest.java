package org.enchufe.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The texts were taken from strace 6 tracing python3 on this machine. */
class StraceTest {

    @Test
    void printableBytesAreQuotedAsTheyAre() {
        assertThat(Strace.quote("hola".getBytes(StandardCharsets.US_ASCII), 4)).isEqualTo("\"hola\"");
    }

    @Test
    void controlBytesUseCEscapesAndTheRestShortOctal() {
        byte[] data = {1, '8', 1, '7', 0, (byte) 0xFF, '\t', '\n', '\r', 0x0B, '\f', '"', '\\', 'o', 'k'};
        assertThat(Strace.quote(data, data.length)).isEqualTo("\"\\18\\0017\\0\\377\\t\\n\\r\\v\\f\\\"\\\\ok\"");
    }

    @Test
    void utf8IsShownByteByByte() {
        byte[] enie = "ñ".getBytes(StandardCharsets.UTF_8);
        assertThat(Strace.quote(enie, enie.length)).isEqualTo("\"\\303\\261\"");
    }

    @Test
    void buffersLongerThan32BytesAreCut() {
        byte[] data = "x".repeat(40).getBytes(StandardCharsets.US_ASCII);
        assertThat(Strace.quote(data, data.length)).isEqualTo("\"" + "x".repeat(32) + "\"...");
    }

    @Test
    void flagsAndNamesAreStraces() {
        assertThat(Strace.msgFlags(0)).isEqualTo("0");
        assertThat(Strace.msgFlags(SocketCalls.MSG_PEEK | SocketCalls.MSG_DONTWAIT)).isEqualTo("MSG_PEEK|MSG_DONTWAIT");
        assertThat(Strace.type(SocketCalls.SOCK_STREAM)).isEqualTo("SOCK_STREAM|SOCK_CLOEXEC");
        assertThat(Strace.protocol(SocketCalls.AF_INET, 0)).isEqualTo("IPPROTO_IP");
        assertThat(Strace.option(SocketCalls.SOL_SOCKET, SocketCalls.SO_REUSEADDR)).isEqualTo("SO_REUSEADDR");
        assertThat(Strace.shutdownHow(1)).isEqualTo("SHUT_WR");
    }
}
