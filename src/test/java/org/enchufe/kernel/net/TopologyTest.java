package org.enchufe.kernel.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Topologies as lessons write them: what they mean, and every mistake named before a sandbox uses one. */
class TopologyTest {

    @Test
    void theBuiltInLaboratoryDeclaresItsHostsNetworksAndFirewall() {
        Topology lab = Topology.builtin("laboratorio");

        assertThat(lab.hosts()).extracting(Topology.Host::name).containsExactly("cliente", "servidor", "base-de-datos");
        assertThat(lab.host("SERVIDOR").addresses()).containsExactly("172.25.4.4", "10.0.9.4");
        assertThat(lab.host("servidor").firewall()).hasSize(2);
        assertThat(lab.connectTimeoutNanos()).isEqualTo(10_000_000_000L);
        assertThat(lab.subnetOf("10.0.9.5").isRouted()).isFalse();
        assertThat(Topology.builtin("red-inestable").subnetOf("192.168.50.20").impaired()).isTrue();
        assertThat(Topology.builtin("no-existe")).isNull();
        assertThat(Topology.builtin("../application")).isNull();
    }

    @Test
    void withoutATimeoutAConnectNobodyAnswersWaitsAsLongAsLinux() {
        assertThat(Topology.DEFAULT.connectTimeoutNanos()).isEqualTo(127_000_000_000L);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "hosts: []|a topology needs at least one host",
            "hosts: [{name: a, addresses: [10.0.0.1]}]|host a: 10.0.0.1 is in none of the networks",
            "hosts: [{name: a}, {name: A}]|two hosts are named A",
            "hosts: [{name: 'a b'}]|host name 'a b' is not a valid host name",
            "hosts: [{name: a, addresses: [127.0.0.2]}]|is loopback or wildcard",
            "networks: [{name: n, cidr: 10.0.0.0/8}]\\nhosts: [{name: a, addresses: [10.0.0.1]}, {name: b, addresses: [10.0.0.1]}]|two hosts have the address 10.0.0.1",
            "hosts: [{name: a, firewall: [{port: 22, action: allow}]}]|a firewall rule's action is drop or reject",
            "hosts: [{name: a, firewall: [{port: 22, action: drop, protocol: icmp}]}]|protocol is tcp or udp",
            "networks: [{name: n, cidr: 10.0.0.0/8, loss: 2}]\\nhosts: [{name: a}]|probabilities from 0 to 1",
            "networks: [{name: n, cidr: 10.0.0/8}]\\nhosts: [{name: a}]|is not an IPv4 network",
            "connectTimeout: soon\\nhosts: [{name: a}]|'soon' is not a duration",
            "hots: [{name: a}]|not valid YAML of the expected shape",
            "hosts: [{name: a, etcHosts: ['www.ceu.es 10.0.0.1']}]|the /etc/hosts line 'www.ceu.es 10.0.0.1' is not an IPv4 address followed by names",
            "hosts: [{name: a}]\\ndns: [{name: 'www..es', address: 10.0.0.1}]|DNS name 'www..es' is not a valid name",
            "hosts: [{name: a}]\\ndns: [{name: www.ceu.es, address: www}]|DNS name www.ceu.es: 'www' is not an IPv4 address",
            "hosts: [{name: a}]\\ndns: [{name: a.es, address: 10.0.0.1}, {name: b.es, address: 10.0.0.2, aliases: [A.es]}]|the DNS has two records for A.es",
            "hosts: {name: a}|not valid YAML of the expected shape",
    })
    void everyMistakeIsNamed(String yaml, String message) {
        assertThatThrownBy(() -> Topology.parse(yaml.replace("\\n", "\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void durationsAndNetworksReadAsWritten() {
        assertThat(Topology.durationNanos("20ms")).isEqualTo(20_000_000L);
        assertThat(Topology.durationNanos("1.5s")).isEqualTo(1_500_000_000L);
        assertThat(Topology.durationNanos("2min")).isEqualTo(120_000_000_000L);
        assertThat(Topology.durationNanos("7")).isEqualTo(7_000_000L);
        Cidr lan = Cidr.parse("172.25.4.77/24");
        assertThat(lan.toString()).isEqualTo("172.25.4.0/24");
        assertThat(lan.broadcast()).isEqualTo("172.25.4.255");
        assertThat(lan.contains("172.25.4.200")).isTrue();
        assertThat(lan.contains("172.25.5.1")).isFalse();
        assertThat(lan.contains("servidor")).isFalse();
    }

    @Test
    void everyHostsEtcHostsNamesTheWholeTopologyAndAHostWithoutAddressesNamesItselfOnLoopback() {
        VirtualNetwork net = new VirtualNetwork(Topology.parse("""
                domain: uni
                networks: [{name: n, cidr: 10.1.0.0/16}]
                hosts:
                  - {name: solo}
                  - {name: web, aliases: [www], addresses: [10.1.2.3]}
                """));

        Resolver solo = net.host("solo").resolver();
        assertThat(solo.byName("solo.uni").orElseThrow().address()).isEqualTo("127.0.1.1");
        assertThat(solo.byName("www.uni").orElseThrow().address()).isEqualTo("10.1.2.3");
        assertThat(net.host("web").resolver().byName("solo")).isEmpty();
        assertThat(net.host("web").route("10.1.2.3")).isEqualTo(new Route.Deliver(net.host("web"), null));
        assertThat(net.host("solo").route("10.1.2.3")).isEqualTo(new Route.Unreachable(true));
    }
}
