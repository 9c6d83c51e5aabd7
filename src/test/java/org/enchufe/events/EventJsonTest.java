package org.enchufe.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EventJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aSyscallCarriesItsKindAndEveryField() {
        var event = new SyscallEvent(7, 1234, 1, "connect", Map.of("fd", 3), -1,
                new SyscallEvent.ErrnoInfo("ECONNREFUSED", 111, "Connection refused"),
                "connect(3, …) = -1 ECONNREFUSED (Connection refused)", 5, DecidedBy.SANDBOX);

        JsonNode node = json.readTree(json.writeValueAsString(event));

        assertThat(node.get("kind").asString()).isEqualTo("syscall");
        assertThat(node.get("seq").asLong()).isEqualTo(7);
        assertThat(node.get("t").asLong()).isEqualTo(1234);
        assertThat(node.get("errno").get("name").asString()).isEqualTo("ECONNREFUSED");
        assertThat(node.get("decidedBy").asString()).isEqualTo("sandbox");
        assertThat(node.get("line").asInt()).isEqualTo(5);
    }

    @Test
    void aSocketStateChangeCarriesItsAddresses() {
        var event = new SocketEvent(2, 10, 1, 3, "AF_INET", "SOCK_STREAM", SocketState.BOUND,
                new Sockaddr.Inet("127.0.0.1", 40123), null);

        JsonNode node = json.readTree(json.writeValueAsString(event));

        assertThat(node.get("kind").asString()).isEqualTo("socket");
        assertThat(node.get("state").asString()).isEqualTo("BOUND");
        assertThat(node.get("local").get("host").asString()).isEqualTo("127.0.0.1");
        assertThat(node.get("local").get("port").asInt()).isEqualTo(40123);
        assertThat(node.get("remote").isNull()).isTrue();
    }

    @Test
    void eventsReadBackAsTheSameRecords() {
        Event original = new SocketEvent(2, 10, 1, 3, "AF_INET", "SOCK_STREAM", SocketState.CLOSED, null, null);

        assertThat(json.readValue(json.writeValueAsString(original), Event.class)).isEqualTo(original);
    }
}
