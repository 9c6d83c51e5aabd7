package org.enchufe.kernel.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ResolverTest {

    private final Resolver resolver = new Resolver("""
            127.0.0.1	localhost
            172.25.4.4	servidor.lab	servidor  # the lab's server
            """);

    @Test
    void namesAndAliasesResolveIgnoringCaseAndATrailingDot() {
        assertThat(resolver.byName("SERVIDOR").map(Resolver.Host::address)).contains("172.25.4.4");
        assertThat(resolver.byName("servidor.lab.").map(Resolver.Host::address)).contains("172.25.4.4");
        assertThat(resolver.byName("nadie")).isEmpty();
    }

    @Test
    void numericAddressesAnswerForThemselvesInInetAtonForms() {
        assertThat(resolver.byName("127.1").map(Resolver.Host::address)).contains("127.0.0.1");
    }

    @Test
    void addressesResolveBackToTheirCanonicalNameAndAliases() {
        assertThat(resolver.byAddress("172.25.4.4")).get()
                .isEqualTo(new Resolver.Host("172.25.4.4", "servidor.lab", List.of("servidor")));
    }

    private final Resolver withDns = new Resolver("""
            127.0.0.1	localhost
            172.25.4.4	servidor.lab	servidor
            172.25.4.4	www.ceu.es
            """, List.of(new Topology.DnsRecord("www.ceu.es", "193.147.10.80", List.of("web.ceu.es")),
            new Topology.DnsRecord("ftp.ceu.es", "193.147.10.21", null)));

    @Test
    void etcHostsIsAskedBeforeTheDnsAndEachAnswerSaysWhichGaveIt() {
        assertThat(withDns.lookup("www.ceu.es")).contains(new Resolver.Answer(
                new Resolver.Host("172.25.4.4", "www.ceu.es", List.of()), Resolver.Source.FILES));
        assertThat(withDns.lookup("FTP.ceu.es.")).contains(new Resolver.Answer(
                new Resolver.Host("193.147.10.21", "ftp.ceu.es", List.of()), Resolver.Source.DNS));
        assertThat(withDns.lookup("10.1")).map(Resolver.Answer::source).contains(Resolver.Source.NUMERIC);
        assertThat(withDns.lookup("nadie.ceu.es")).isEmpty();
    }

    @Test
    void aDnsAliasAnswersWithTheCanonicalNameAndTheAliasAskedFor() {
        assertThat(withDns.byName("web.ceu.es")).contains(new Resolver.Host("193.147.10.80", "www.ceu.es", List.of("web.ceu.es")));
    }

    @Test
    void addressesGoBackThroughEtcHostsFirstThenTheDnsPointers() {
        assertThat(withDns.reverse("172.25.4.4")).map(Resolver.Answer::source).contains(Resolver.Source.FILES);
        assertThat(withDns.reverse("193.147.10.80")).contains(new Resolver.Answer(
                new Resolver.Host("193.147.10.80", "www.ceu.es", List.of()), Resolver.Source.DNS));
        assertThat(withDns.reverse("193.147.10.99")).isEmpty();
    }
}
