package org.enchufe.classroom.people;

import java.time.Instant;

import org.springframework.data.annotation.Id;

/**
 * An instructor's account: a username, and a password hash (with its encoder's {@code {id}}
 * prefix) or a single sign-on identity (issuer and subject), or both.
 */
public record Instructor(@Id Long id, String username, String passwordHash, String ssoIssuer, String ssoSubject,
                         Instant createdAt) {

    Instructor withPasswordHash(String hash) {
        return new Instructor(id, username, hash, ssoIssuer, ssoSubject, createdAt);
    }

    Instructor withSso(String issuer, String subject) {
        return new Instructor(id, username, passwordHash, issuer, subject, createdAt);
    }
}
