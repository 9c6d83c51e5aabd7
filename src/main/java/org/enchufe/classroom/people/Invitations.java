package org.enchufe.classroom.people;

import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Instructors inviting instructors. An invitation is a link with a fresh token (only its hash is
 * stored), good once and until it expires; accepting it makes an account, with a password or with
 * the single sign-on identity the person comes back with. Two acceptances of one link race for it
 * in the database ({@link InvitationRepository#claim}); one wins, the other's account is not made.
 */
@Service
public class Invitations {

    static final int NOTE_MAX = 100;

    private final InvitationRepository repository;
    private final Instructors instructors;
    private final InvitationSettings settings;
    private final TransactionTemplate transaction;
    private final InstantSource clock = InstantSource.system();

    Invitations(InvitationRepository repository, Instructors instructors, InvitationSettings settings,
                TransactionTemplate transaction) {
        this.repository = repository;
        this.instructors = instructors;
        this.settings = settings;
        this.transaction = transaction;
    }

    /** An invitation made and the token of its link (shown once: it is not stored). */
    public record Issued(Invitation invitation, String token) {
    }

    public Issued invite(Instructor by, String note) {
        String text = note == null ? "" : note.strip();
        text = text.substring(0, Math.min(text.length(), NOTE_MAX));
        String token = Tokens.fresh();
        var now = clock.instant();
        Invitation invitation = repository.save(new Invitation(null, Tokens.hash(token), by.id(), text, now,
                now.plus(settings.validFor()), null));
        return new Issued(invitation, token);
    }

    /** The invitations nobody has accepted yet that still work, oldest first. */
    public List<Invitation> open() {
        return repository.findByUsedAtIsNullAndExpiresAtAfterOrderByCreatedAt(clock.instant());
    }

    /** The invitation {@code token} opens, while it is unused and unexpired. */
    public Optional<Invitation> usable(String token) {
        if (!Tokens.isWellFormed(token)) {
            return Optional.empty();
        }
        return repository.findByTokenHash(Tokens.hash(token)).filter(i -> i.isUsableAt(clock.instant()));
    }

    /** Accepts the invitation with a new local account; refused as {@code invitation.gone} when it no longer works. */
    public Instructors.Outcome accept(String token, String username, String password) {
        return transaction.execute(status -> {
            Optional<Invitation> invitation = usable(token);
            if (invitation.isEmpty()) {
                return new Instructors.Outcome.Refused("invitation.gone");
            }
            Instructors.Outcome outcome = instructors.create(username, password);
            if (outcome instanceof Instructors.Outcome.Created && repository.claim(invitation.get().id(), clock.instant()) != 1) {
                status.setRollbackOnly();
                return new Instructors.Outcome.Refused("invitation.gone");
            }
            return outcome;
        });
    }

    /**
     * Accepts the invitation the current session was given to accept by single sign-on, with the
     * account {@code makeAccount} makes; empty when there is none or it no longer works.
     */
    Optional<Instructor> acceptPending(Supplier<Instructor> makeAccount) {
        return PendingInvitation.take().flatMap(token -> Optional.ofNullable(transaction.execute(status -> {
            Optional<Invitation> invitation = usable(token);
            if (invitation.isEmpty() || repository.claim(invitation.get().id(), clock.instant()) != 1) {
                return null;
            }
            return makeAccount.get();
        })));
    }
}
