package org.enchufe.classroom.people;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface InvitationRepository extends ListCrudRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    List<Invitation> findByUsedAtIsNullAndExpiresAtAfterOrderByCreatedAt(Instant now);

    /** Marks the invitation used unless it already is: 1 for the one request that wins. */
    @Modifying
    @Query("UPDATE invitation SET used_at = :now WHERE id = :id AND used_at IS NULL")
    int claim(long id, Instant now);
}
