package org.enchufe.classroom.people;

import java.time.Instant;

import org.springframework.data.annotation.Id;

/**
 * An instructor's invitation to another: the SHA-256 of its link's token, who invited, a note of
 * whom for, when it expires and, once accepted, when.
 */
public record Invitation(@Id Long id, String tokenHash, long invitedBy, String note, Instant createdAt, Instant expiresAt,
                         Instant usedAt) {

    boolean isUsableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }
}
