package org.enchufe.classroom.people;

import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Instructors' accounts: made with a password (checked here, hashed by the delegating encoder) or
 * from a single sign-on identity, and found by username or identity. Usernames are kept in lower
 * case, so "Ana" and "ana" are one account.
 */
@Service
public class Instructors {

    /** The role every instructor has ({@code ROLE_INSTRUCTOR} to Spring Security). */
    public static final String ROLE = "INSTRUCTOR";
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@+-]{2,99}");
    static final int PASSWORD_MIN = 10;
    /** BCrypt reads at most 72 bytes; a longer password would be cut silently, so it is refused. */
    static final int PASSWORD_MAX_BYTES = 72;

    private final InstructorRepository repository;
    private final PasswordEncoder encoder;
    private final InstantSource clock;

    Instructors(InstructorRepository repository, PasswordEncoder encoder) {
        this.repository = repository;
        this.encoder = encoder;
        this.clock = InstantSource.system();
    }

    /** What asking for a new account came to. */
    public sealed interface Outcome {
        /** The account exists now. */
        record Created(Instructor instructor) implements Outcome {
        }

        /** It does not: {@code problem} is the message key saying why. */
        record Refused(String problem) implements Outcome {
        }
    }

    /** What asking to change one's password came to. */
    public sealed interface PasswordChange {
        /** The new password is the one that signs in now. */
        record Changed() implements PasswordChange {
        }

        /** It is not: {@code problem} is the message key saying why. */
        record Refused(String problem) implements PasswordChange {
        }
    }

    /**
     * Changes {@code username}'s password to {@code fresh} (typed twice), when {@code current} is
     * the one that signs in now. An account that signs in only through single sign-on has no
     * password here to change.
     */
    public PasswordChange changePassword(String username, String current, String fresh, String again) {
        Optional<Instructor> account = byUsername(username);
        if (account.isEmpty() || account.get().passwordHash() == null) {
            return new PasswordChange.Refused("account.password.ssoOnly");
        }
        Instructor instructor = account.get();
        if (current == null || !encoder.matches(current, instructor.passwordHash())) {
            return new PasswordChange.Refused("account.password.wrong");
        }
        Optional<String> problem = problemWithPassword(fresh)
                .or(() -> fresh.equals(again) ? Optional.empty() : Optional.of("account.password.mismatch"))
                .or(() -> fresh.equals(current) ? Optional.of("account.password.same") : Optional.empty());
        if (problem.isPresent()) {
            return new PasswordChange.Refused(problem.get());
        }
        repository.save(instructor.withPasswordHash(encoder.encode(fresh)));
        return new PasswordChange.Changed();
    }

    public Optional<Instructor> byUsername(String username) {
        return username == null ? Optional.empty() : repository.findByUsername(username.strip().toLowerCase(Locale.ROOT));
    }

    public List<Instructor> all() {
        return repository.findAllByOrderByUsername();
    }

    public long count() {
        return repository.count();
    }

    /** A local account with a password, when the name is free and both are acceptable. */
    public Outcome create(String username, String password) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        Optional<String> problem = problemWithUsername(name).or(() -> problemWithPassword(password));
        if (problem.isPresent()) {
            return new Outcome.Refused(problem.get());
        }
        return save(new Instructor(null, name, encoder.encode(password), null, null, clock.instant()));
    }

    /** Why {@code password} is not acceptable, if it is not. */
    public static Optional<String> problemWithPassword(String password) {
        if (password == null || password.length() < PASSWORD_MIN) {
            return Optional.of("account.password.short");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
            return Optional.of("account.password.long");
        }
        return Optional.empty();
    }

    private Optional<String> problemWithUsername(String name) {
        if (!USERNAME.matcher(name).matches()) {
            return Optional.of("account.username.invalid");
        }
        return repository.findByUsername(name).isPresent() ? Optional.of("account.username.taken") : Optional.empty();
    }

    public Optional<Instructor> bySso(String issuer, String subject) {
        return repository.findBySsoIssuerAndSsoSubject(issuer, subject);
    }

    /**
     * An account for a single sign-on identity, named after {@code preferred} (an e-mail address)
     * or, when that name is taken or unusable, after it with a number.
     */
    public Instructor createSso(String preferred, String issuer, String subject) {
        String base = preferred == null ? "" : preferred.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._@+-]", "");
        if (!USERNAME.matcher(base).matches()) {
            base = "sso-" + subject.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
            base = base.substring(0, Math.min(base.length(), 90));
        }
        String name = base;
        for (int n = 2; repository.findByUsername(name).isPresent(); n++) {
            name = base + "-" + n;
        }
        return repository.save(new Instructor(null, name, null, issuer, subject, clock.instant()));
    }

    private Outcome save(Instructor instructor) {
        try {
            return new Outcome.Created(repository.save(instructor));
        } catch (DuplicateKeyException anotherRequestTookTheName) {
            return new Outcome.Refused("account.username.taken");
        }
    }
}
