package org.enchufe.kernel.net;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Ipv4Test {

    @ParameterizedTest(name = "inet_aton({0}) = {1}")
    @CsvSource({
        "127.0.0.1, 127.0.0.1", "127.1, 127.0.0.1", "1, 0.0.0.1", "10.1.257, 10.1.1.1", "0x7f.1, 127.0.0.1",
        "017.0.0.1, 15.0.0.1", "255.255.255.255, 255.255.255.255", "4294967295, 255.255.255.255"})
    void parsesEveryFormGlibcAccepts(String text, String expected) {
        assertThat(Ipv4.ntoa(Ipv4.aton(text))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "inet_aton({0}) fails")
    @CsvSource({"300.1.1.1", "1.2.3.4.5", "1.2.3.", "a.b.c.d", "08.1.1.1", "1..2", "4294967296", "''"})
    void rejectsWhatGlibcRejects(String text) {
        assertThat(Ipv4.aton(text)).isNull();
    }

    @ParameterizedTest(name = "inet_pton({0}) fails")
    @CsvSource({"127.1", "01.2.3.4", "1.2.3.256"})
    void ptonWantsFourPlainDecimals(String text) {
        assertThat(Ipv4.pton(text)).isNull();
    }
}
