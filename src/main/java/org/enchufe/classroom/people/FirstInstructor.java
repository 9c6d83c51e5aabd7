package org.enchufe.classroom.people;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Makes the first instructor from {@link AdminSettings} when no instructor exists yet; later
 * starts leave the accounts alone (the password set in the environment is not a back door). A
 * configured account that is not acceptable stops the start with the reason.
 */
@Component
class FirstInstructor implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstInstructor.class);

    private final Instructors instructors;
    private final AdminSettings settings;

    FirstInstructor(Instructors instructors, AdminSettings settings) {
        this.instructors = instructors;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (instructors.count() > 0) {
            return;
        }
        if (isBlank(settings.username()) || isBlank(settings.password())) {
            log.info("No instructor yet: set ENCHUFE_ADMIN_USERNAME and ENCHUFE_ADMIN_PASSWORD to make the first one");
            return;
        }
        switch (instructors.create(settings.username(), settings.password())) {
            case Instructors.Outcome.Created created -> log.info("Made the first instructor, {}", created.instructor().username());
            case Instructors.Outcome.Refused refused -> throw new IllegalStateException(
                    "ENCHUFE_ADMIN_USERNAME / ENCHUFE_ADMIN_PASSWORD cannot make the first instructor: " + explain(refused.problem()));
        }
    }

    private static String explain(String problem) {
        return switch (problem) {
            case "account.password.short" -> "the password needs at least " + Instructors.PASSWORD_MIN + " characters";
            case "account.password.long" -> "the password may have at most " + Instructors.PASSWORD_MAX_BYTES + " bytes";
            case "account.username.invalid" -> "the username needs 3 to 100 letters, digits or . _ @ + -";
            default -> problem;
        };
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
