package org.enchufe.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServerGuardTest {

    @Test
    void aStaleFigureFromAPastCollectionIsBoundedByWhatTheHeapHoldsNow() {
        // G1's old generation keeps the figure of its last mixed or full collection: 5 GB seen at a
        // moment of pressure, while the pools hold 1 GB now — at most 1 GB is live.
        assertThat(ServerGuard.liveAtMost(5_000_000_000L, 1_000_000_000L)).isEqualTo(1_000_000_000L);
    }

    @Test
    void garbageAllocatedSinceTheLastCollectionDoesNotCountAsLive() {
        assertThat(ServerGuard.liveAtMost(700_000_000L, 3_000_000_000L)).isEqualTo(700_000_000L);
    }

    @Test
    void aHeapOverItsHighWaterIsRefusedAndNamed() {
        ServerGuard guard = new ServerGuard(() -> 0.9, () -> 0.1, 0.85, 0.8);
        assertThat(guard.refusal()).contains(new ServerGuard.Refusal(ServerGuard.Resource.HEAP, 0.9));
        assertThat(new ServerGuard.Refused(guard.refusal().orElseThrow()).getMessage())
                .isEqualTo("the server is short of heap (90% used)");
    }

    @Test
    void descriptorsOverTheirHighWaterAreRefusedWhenTheHeapIsFine() {
        ServerGuard guard = new ServerGuard(() -> 0.2, () -> 0.95, 0.85, 0.8);
        assertThat(guard.refusal()).contains(new ServerGuard.Refusal(ServerGuard.Resource.DESCRIPTORS, 0.95));
    }

    @Test
    void underBothMarksNothingIsRefused() {
        assertThat(new ServerGuard(() -> 0.84, () -> 0.79, 0.85, 0.8).refusal()).isEmpty();
    }
}
