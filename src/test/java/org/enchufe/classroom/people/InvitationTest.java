package org.enchufe.classroom.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class InvitationTest {

    private static final Instant MADE = Instant.parse("2026-12-05T10:00:00Z");
    private static final Instant EXPIRES = MADE.plusSeconds(7 * 24 * 3600);

    @Test
    void worksUntilItExpiresAndNeverOnceUsed() {
        Invitation open = new Invitation(1L, "hash", 1, "", MADE, EXPIRES, null);
        assertThat(open.isUsableAt(MADE)).isTrue();
        assertThat(open.isUsableAt(EXPIRES.minusMillis(1))).isTrue();
        assertThat(open.isUsableAt(EXPIRES)).isFalse();
        assertThat(new Invitation(1L, "hash", 1, "", MADE, EXPIRES, MADE.plusSeconds(60)).isUsableAt(MADE.plusSeconds(61))).isFalse();
    }
}
