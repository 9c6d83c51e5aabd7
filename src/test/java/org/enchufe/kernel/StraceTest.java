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

    @Test
    void everyLinuxFamilyByItsNameAndAnUnknownOneByNumberAsStracePrintsThem() {
        assertThat(Strace.family(0)).isEqualTo("AF_UNSPEC");
        assertThat(Strace.family(16)).isEqualTo("AF_NETLINK");
        assertThat(Strace.family(44)).isEqualTo("AF_XDP");
        assertThat(Strace.family(46)).isEqualTo("0x2e /* AF_??? */");
    }

    // The table renders each call from its arguments; these are lines the old call sites wrote by hand.

    private static String line(String call, boolean failed, Object... values) {
        return Strace.line(call, Strace.formats(call), values, failed);
    }

    @Test
    void aCallThatFailedShowsPointersForWhatItWouldHaveFilled() {
        assertThat(line("accept4", true, 3, null, "SOCK_CLOEXEC")).isEqualTo("accept4(3, " + Strace.POINTER + ", [16], SOCK_CLOEXEC)");
        assertThat(line("recvfrom", true, 4, null, 1024, 0, null))
                .isEqualTo("recvfrom(4, " + Strace.POINTER + ", 1024, 0, " + Strace.POINTER + ", [16])");
        assertThat(line("recvfrom", true, 4, null, 1024, SocketCalls.MSG_PEEK, Strace.NULL))
                .isEqualTo("recvfrom(4, " + Strace.POINTER + ", 1024, MSG_PEEK, NULL, NULL)");
        assertThat(line("socketpair", true, SocketCalls.AF_INET, SocketCalls.SOCK_STREAM, 0, null))
                .isEqualTo("socketpair(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, 0, " + Strace.POINTER + ")");
        assertThat(line("getsockopt", true, 3, SocketCalls.SOL_SOCKET, SocketCalls.SO_TYPE, null, "[4]"))
                .isEqualTo("getsockopt(3, SOL_SOCKET, SO_TYPE, " + Strace.POINTER + ", [4])");
    }

    @Test
    void whatASuccessfulCallFilledInIsShown() {
        byte[] hola = "hola".getBytes(StandardCharsets.US_ASCII);
        assertThat(line("sendto", false, 3, new Strace.Bytes(hola, 1, 2), 4, 0, null)).isEqualTo("sendto(3, \"ol\", 4, 0, NULL, 0)");
        assertThat(line("recvfrom", false, 3, hola, 10, 0, new org.enchufe.events.Sockaddr.Inet("127.0.0.1", 5000)))
                .isEqualTo("recvfrom(3, \"hola\", 10, 0, {sa_family=AF_INET, sin_port=htons(5000), sin_addr=inet_addr(\"127.0.0.1\")}, [16])");
        assertThat(line("recvfrom", false, 3, hola, 10, 0, Strace.UNFILLED))
                .isEqualTo("recvfrom(3, \"hola\", 10, 0, " + Strace.POINTER + ", [110 => 0])");
        assertThat(line("accept4", false, 3, new Strace.UnixName(""), "SOCK_CLOEXEC"))
                .isEqualTo("accept4(3, {sa_family=AF_UNIX}, [110 => 2], SOCK_CLOEXEC)");
        assertThat(line("pipe2", false, new int[] {3, 4}, "O_CLOEXEC")).isEqualTo("pipe2([3, 4], O_CLOEXEC)");
        // The descriptor calls as strace shows CPython's os.dup, os.dup2 (inheritable or not) and os.fsync.
        assertThat(line("fcntl", false, 3, "F_DUPFD_CLOEXEC", 0)).isEqualTo("fcntl(3, F_DUPFD_CLOEXEC, 0)");
        assertThat(line("dup2", false, 3, 10)).isEqualTo("dup2(3, 10)");
        assertThat(line("dup3", false, 3, 11, "O_CLOEXEC")).isEqualTo("dup3(3, 11, O_CLOEXEC)");
        assertThat(line("fsync", true, 3)).isEqualTo("fsync(3)");
        assertThat(line("getsockopt", false, 3, SocketCalls.SOL_SOCKET, SocketCalls.SO_ERROR,
                new Strace.OptionValue(SocketCalls.SOL_SOCKET, SocketCalls.SO_ERROR, new byte[] {111, 0, 0, 0}, 4), "[4]"))
                .isEqualTo("getsockopt(3, SOL_SOCKET, SO_ERROR, [ECONNREFUSED], [4])");
        assertThat(line("setsockopt", false, 3, SocketCalls.IPPROTO_TCP, SocketCalls.TCP_NODELAY,
                new Strace.OptionValue(SocketCalls.IPPROTO_TCP, SocketCalls.TCP_NODELAY, new byte[] {1, 0, 0, 0}, 4), 4))
                .isEqualTo("setsockopt(3, SOL_TCP, TCP_NODELAY, [1], 4)");
        // What strace shows of an option's value too short for its type, and of a struct linger.
        assertThat(line("getsockopt", false, 3, SocketCalls.SOL_SOCKET, SocketCalls.SO_REUSEADDR,
                new Strace.OptionValue(SocketCalls.SOL_SOCKET, SocketCalls.SO_REUSEADDR, new byte[] {1, 0}, 2), "[2]"))
                .isEqualTo("getsockopt(3, SOL_SOCKET, SO_REUSEADDR, \"\\x01\\x00\", [2])");
        assertThat(line("setsockopt", false, 3, SocketCalls.SOL_SOCKET, SocketCalls.SO_LINGER,
                new Strace.OptionValue(SocketCalls.SOL_SOCKET, SocketCalls.SO_LINGER, new byte[] {1, 0, 0, 0, 0, 0, 0, 0}, 8), 8))
                .isEqualTo("setsockopt(3, SOL_SOCKET, SO_LINGER, {l_onoff=1, l_linger=0}, 8)");
        assertThat(line("setsockopt", true, 3, SocketCalls.SOL_SOCKET, SocketCalls.SO_REUSEADDR,
                new Strace.OptionValue(SocketCalls.SOL_SOCKET, SocketCalls.SO_REUSEADDR, null, 4), 4))
                .isEqualTo("setsockopt(3, SOL_SOCKET, SO_REUSEADDR, NULL, 4)");
        assertThat(line("socket", false, SocketCalls.AF_INET6, SocketCalls.SOCK_DGRAM, 0))
                .isEqualTo("socket(AF_INET6, SOCK_DGRAM|SOCK_CLOEXEC, IPPROTO_IP)");
    }
}
