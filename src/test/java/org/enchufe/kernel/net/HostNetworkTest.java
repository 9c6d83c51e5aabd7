package org.enchufe.kernel.net;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostNetworkTest {

    private long now = 0;
    private final HostNetwork net = new HostNetwork(() -> now);

    private static final class Sock implements HostNetwork.Holder {
        boolean reuseAddr;
        boolean reusePort;
        boolean listening;
        boolean datagram;

        Sock(boolean reuseAddr) {
            this.reuseAddr = reuseAddr;
        }

        @Override
        public boolean reuseAddr() {
            return reuseAddr;
        }

        @Override
        public boolean reusePort() {
            return reusePort;
        }

        @Override
        public boolean listening() {
            return listening;
        }

        @Override
        public boolean datagram() {
            return datagram;
        }
    }

    @Test
    void theIpv6WildcardIsDualStackButAnIpv6LoopbackIsItsOwnAddress() {
        net.bind("::", 5000, new Sock(false));
        assertThat(net.conflicts("0.0.0.0", 5000, new Sock(false))).isTrue();
        assertThat(net.conflicts("127.0.0.1", 5000, new Sock(false))).isTrue();
        net.bind("::1", 6000, new Sock(false));
        assertThat(net.conflicts("0.0.0.0", 6000, new Sock(false))).isFalse();
        assertThat(net.conflicts("::", 6000, new Sock(false))).isTrue();
    }

    @Test
    void aDualStackListenerIsReachedFromBothFamilies() {
        Sock server = new Sock(false);
        net.bind("::", 5000, server);
        net.listen("::", 5000, server, 42000);
        assertThat(net.realListener("127.0.0.1", 5000)).isEqualTo(42000);
        assertThat(net.realListener("::1", 5000)).isEqualTo(42000);
        Sock v4 = new Sock(false);
        net.bind("0.0.0.0", 5001, v4);
        net.listen("0.0.0.0", 5001, v4, 42001);
        assertThat(net.realListener("::1", 5001)).isEqualTo(-1);
    }

    @Test
    void tcpAndUdpPortsAreSeparateSpaces() {
        net.bind("127.0.0.1", 5000, new Sock(false));
        Sock udp = new Sock(false);
        udp.datagram = true;
        assertThat(net.conflicts("127.0.0.1", 5000, udp)).isFalse();
    }

    @Test
    void anyAddressOverlapsEverySpecificOne() {
        net.bind("127.0.0.1", 5000, new Sock(false));
        assertThat(net.conflicts("0.0.0.0", 5000, new Sock(false))).isTrue();
        assertThat(net.conflicts("127.0.0.2", 5000, new Sock(false))).isFalse();
        assertThat(net.conflicts("127.0.0.1", 5001, new Sock(false))).isFalse();
    }

    @Test
    void reuseAddrSharesAPortOnlyWhenBothAskAndNoneListens() {
        Sock first = new Sock(true);
        net.bind("127.0.0.1", 5000, first);
        assertThat(net.conflicts("127.0.0.1", 5000, new Sock(false))).isTrue();
        assertThat(net.conflicts("127.0.0.1", 5000, new Sock(true))).isFalse();
        first.listening = true;
        assertThat(net.conflicts("127.0.0.1", 5000, new Sock(true))).isTrue();
    }

    @Test
    void reusePortSharesEvenAListeningPort() {
        Sock first = new Sock(false);
        first.reusePort = true;
        first.listening = true;
        net.bind("0.0.0.0", 5000, first);
        Sock second = new Sock(false);
        second.reusePort = true;
        assertThat(net.conflicts("0.0.0.0", 5000, second)).isFalse();
    }

    @Test
    void timeWaitHoldsThePortForSixtySecondsAgainstAnyoneWithoutBothReuseAddr() {
        Sock closedFirst = new Sock(true);
        net.bind("127.0.0.1", 5000, closedFirst);
        net.release("127.0.0.1", 5000, closedFirst, org.enchufe.kernel.net.Orphans.Stage.TIME_WAIT, "127.0.0.1:40000");

        assertThat(net.conflicts("127.0.0.1", 5000, new Sock(false))).isTrue();
        assertThat(net.conflicts("127.0.0.1", 5000, new Sock(true))).isFalse();

        now += HostNetwork.TIME_WAIT_NANOS;
        assertThat(net.conflicts("127.0.0.1", 5000, new Sock(false))).isFalse();
    }

    @Test
    void ephemeralPortsComeFromLinuxsRangeAndSkipTakenOnes() {
        net.bind("0.0.0.0", HostNetwork.EPHEMERAL_LOW, new Sock(false));
        int port = net.bindEphemeral("0.0.0.0", new Sock(false));
        assertThat(port).isEqualTo(HostNetwork.EPHEMERAL_LOW + 1);
    }

    @Test
    void aListenerIsFoundByTheAddressItBound() {
        Sock server = new Sock(false);
        net.bind("127.0.0.1", 5000, server);
        net.listen("127.0.0.1", 5000, server, 41000);
        assertThat(net.realListener("127.0.0.1", 5000)).isEqualTo(41000);
        assertThat(net.realListener("127.0.0.2", 5000)).isEqualTo(-1);
        net.release("127.0.0.1", 5000, server);
        assertThat(net.realListener("127.0.0.1", 5000)).isEqualTo(-1);
    }
}
