package org.enchufe.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void anIpv4AddressIsItsOwnKey() {
        assertThat(ClientAddress.key("192.168.1.20")).isEqualTo("192.168.1.20");
    }

    @Test
    void everyIpv6AddressOfOneSlash64IsOneClient() {
        assertThat(ClientAddress.key("2001:db8:1:2:aaaa::1")).isEqualTo(ClientAddress.key("2001:db8:1:2:ffff:1:2:3"))
                .isEqualTo("2001:0db8:0001:0002::/64");
        assertThat(ClientAddress.key("2001:db8:1:3::1")).isNotEqualTo(ClientAddress.key("2001:db8:1:2::1"));
    }

    @Test
    void somethingThatIsNoAddressIsKeptAsItIs() {
        assertThat(ClientAddress.key("not:an:address:at:all:zz")).isEqualTo("not:an:address:at:all:zz");
        assertThat(ClientAddress.key(null)).isEqualTo("unknown");
    }
}
