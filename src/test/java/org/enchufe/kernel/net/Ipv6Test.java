package org.enchufe.kernel.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Ipv6Test {

    @ParameterizedTest(name = "{0} ⇄ {1} ⇄ {2}")
    @CsvSource({
        "::1, 00000000000000000000000000000001, ::1",
        "::, 00000000000000000000000000000000, ::",
        "2001:DB8:0:0:1:0:0:1, 20010db8000000000001000000000001, 2001:db8::1:0:0:1",
        "1:0:0:2:0:0:0:3, 00010000000000020000000000000003, 1:0:0:2::3",
        "fe80::1:2, fe800000000000000000000000010002, fe80::1:2",
        "1:2:3:4:5:6:7:8, 00010002000300040005000600070008, 1:2:3:4:5:6:7:8",
        "::ffff:10.0.0.1, 00000000000000000000ffff0a000001, ::ffff:10.0.0.1",
        "::10.0.0.1, 0000000000000000000000000a000001, ::10.0.0.1"})
    void parsesAndPrintsTheShortForm(String text, String hex, String shortForm) {
        byte[] packed = Ipv6.pton(text);
        assertThat(HexFormat.of().formatHex(packed)).isEqualTo(hex);
        assertThat(Ipv6.ntop(packed)).isEqualTo(shortForm);
    }

    @ParameterizedTest(name = "{0} is not IPv6")
    @CsvSource({"1::2::3", "12345::", "1:2:3:4:5:6:7:8:9", "g::1", "1:2:3:4:5:6:7", "''", "::1.2.3"})
    void rejectsWhatInetPtonRejects(String text) {
        assertThat(Ipv6.pton(text)).isNull();
    }
}
