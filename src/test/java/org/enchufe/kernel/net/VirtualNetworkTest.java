package org.enchufe.kernel.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What a topology's lossy link does to datagrams, decided by the network alone. */
class VirtualNetworkTest {

    private static final Topology RADIO = Topology.parse("""
            name: radio
            seed: 7
            networks:
              - {name: radio, cidr: 192.168.50.0/24, loss: 0.3, duplicate: 0.1, reorder: 0.2, delay: 5ms}
            hosts:
              - {name: emisor, addresses: [192.168.50.10]}
              - {name: receptor, addresses: [192.168.50.20]}
            """);
    private static final String EMISOR = "192.168.50.10";
    private static final String RECEPTOR = "192.168.50.20";

    @Test
    void withASeedAFlowMeetsTheSameFatesHoweverTheOtherDirectionInterleaves() {
        Topology.Subnet radio = RADIO.networks().getFirst();
        VirtualNetwork alone = new VirtualNetwork(RADIO);
        VirtualNetwork withReplies = new VirtualNetwork(RADIO);
        List<String> requests = new ArrayList<>();
        List<String> requestsBetweenReplies = new ArrayList<>();
        for (int n = 0; n < 60; n++) {
            requests.add(fate(alone.fate(radio, EMISOR, RECEPTOR)));
            for (int reply = 0; reply < n % 3; reply++) {
                withReplies.fate(radio, RECEPTOR, EMISOR);
            }
            requestsBetweenReplies.add(fate(withReplies.fate(radio, EMISOR, RECEPTOR)));
        }

        assertThat(requestsBetweenReplies).isEqualTo(requests);
        assertThat(requests).contains("lost").anyMatch(f -> f.startsWith("reordered")).anyMatch(f -> f.contains(","));
    }

    @Test
    void withASeedTheTwoDirectionsOfALinkDrawApart() {
        Topology.Subnet radio = RADIO.networks().getFirst();
        VirtualNetwork network = new VirtualNetwork(RADIO);
        List<String> there = new ArrayList<>();
        List<String> back = new ArrayList<>();
        for (int n = 0; n < 60; n++) {
            there.add(fate(network.fate(radio, EMISOR, RECEPTOR)));
            back.add(fate(network.fate(radio, RECEPTOR, EMISOR)));
        }

        assertThat(back).isNotEqualTo(there);
    }

    private static String fate(VirtualNetwork.Passage p) {
        return p.lost() ? "lost" : (p.reordered() ? "reordered " : "") + Arrays.toString(p.arrivals());
    }
}
