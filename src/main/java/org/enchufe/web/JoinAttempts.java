package org.enchufe.web;

import jakarta.servlet.http.HttpServletRequest;

import org.enchufe.workbench.ClientAddress;
import org.enchufe.workbench.TokenBuckets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The limit on guessing join codes: each client address may try
 * {@code enchufe.classroom.join.burst} wrong codes at once (30), then
 * {@code enchufe.classroom.join.per-minute} (10); past that every code from it — right or wrong,
 * so the answer says nothing — is refused until its bucket refills. Only wrong codes cost: a
 * lecture hall of 300 behind one NAT joining with the right code is never held up.
 */
@Component
class JoinAttempts {

    private final TokenBuckets wrongCodes;

    JoinAttempts(@Value("${enchufe.classroom.join.burst:30}") int burst,
                 @Value("${enchufe.classroom.join.per-minute:10}") int perMinute) {
        this.wrongCodes = new TokenBuckets(new TokenBuckets.Rate(burst, perMinute));
    }

    boolean isBlocked(HttpServletRequest request) {
        return !wrongCodes.has(ClientAddress.key(request.getRemoteAddr()));
    }

    void wrongCode(HttpServletRequest request) {
        wrongCodes.take(ClientAddress.key(request.getRemoteAddr()));
    }

    long retryAfterSeconds() {
        return wrongCodes.retryAfterSeconds();
    }
}
