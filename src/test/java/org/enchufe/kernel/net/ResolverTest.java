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
}
