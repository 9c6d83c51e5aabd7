package org.enchufe.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Linux's and CPython's reading of an AF_UNIX address (checked against python3 3.11 and strace 6). */
class UnixAddressTest {

    private static UnixAddress of(String raw) {
        return UnixAddress.of(raw.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void aPathEndsAtItsFirstNulButTheLengthCPythonPassesCountsEveryByte() {
        UnixAddress a = of("/tmp/enchufe_nul.sock\0basura");
        assertThat(a.name()).isEqualTo("/tmp/enchufe_nul.sock");
        assertThat(a.length()).isEqualTo(31);
        assertThat(a.strace()).isEqualTo("{sa_family=AF_UNIX, sun_path=\"/tmp/enchufe_nul.sock\"}");
        assertThat(UnixAddress.socklenResult(a.name())).as("what getsockname reports").isEqualTo("[110 => 24]");
    }

    @Test
    void aLeadingNulIsAnAbstractNameKeptWholeAndPrintedWithAnAt() {
        UnixAddress a = of("\0a\"b\n\1\377");
        assertThat(a.isAbstract()).isTrue();
        assertThat(a.length()).isEqualTo(9);
        assertThat(a.strace()).isEqualTo("{sa_family=AF_UNIX, sun_path=@\"a\\\"b\\n\\1\\377\"}");
        assertThat(UnixAddress.bytes(a.name())).containsExactly(0, 'a', '"', 'b', '\n', 1, 0xFF);
        assertThat(UnixAddress.display("\0abs")).isEqualTo("@abs");
        assertThat(of("\0abs\0").name()).as("trailing NULs are part of an abstract name").isNotEqualTo(of("\0abs").name());
    }

    @Test
    void anEmptyAddressAsksForAnAutomaticName() {
        UnixAddress a = of("");
        assertThat(a.autobind()).isTrue();
        assertThat(a.length()).isEqualTo(2);
        assertThat(a.strace()).isEqualTo("{sa_family=AF_UNIX}");
    }

    @Test
    void pathsHold107BytesAbstractNames108AndLongerOnesAreRefusedBeforeTheCall() {
        assertThat(of("/" + "x".repeat(106))).extracting(UnixAddress::length).isEqualTo(110);
        assertThat(of("/" + "x".repeat(107))).isNull();
        assertThat(of("\0" + "y".repeat(107))).extracting(UnixAddress::length).isEqualTo(110);
        assertThat(of("\0" + "y".repeat(108))).isNull();
        assertThat(UnixAddress.socklenResult("/" + "x".repeat(106))).as("strace shows a full buffer once").isEqualTo("[110]");
    }

    @Test
    void theHostsTableKnowsAPathByItsNormalForm() {
        assertThat(UnixAddress.key("tmp//s.sock")).isEqualTo("/tmp/s.sock");
        assertThat(UnixAddress.key("/tmp/../tmp/s.sock")).isEqualTo("/tmp/s.sock");
        assertThat(UnixAddress.key("\0tmp//x")).isEqualTo("\0tmp//x");
    }
}
