package org.enchufe.classroom.classes;

import java.time.Instant;

import org.springframework.data.annotation.Id;

/**
 * A student of a class: the name they chose ({@code nameKey}: the same folded for comparison), the
 * workspace that holds their work, the SHA-256 of their return link's token, when they joined.
 */
public record Student(@Id Long id, long classroom, String displayName, String nameKey, String workspace,
                      String returnTokenHash, Instant joinedAt) {

    Student withReturnTokenHash(String hash) {
        return new Student(id, classroom, displayName, nameKey, workspace, hash, joinedAt);
    }
}
