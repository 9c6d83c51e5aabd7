package org.enchufe.classroom.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/** The first instructor comes from the environment once, with a hashed password, and never again. */
@DataJdbcTest
@Import({PeopleConfig.class, Instructors.class, FirstInstructor.class})
@TestPropertySource(properties = {"enchufe.admin.username=Profe", "enchufe.admin.password=correct horse battery"})
class FirstInstructorTest {

    @Autowired
    Instructors instructors;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void isMadeAtStartUpWithItsPasswordHashedNeverStored() {
        Instructor first = instructors.byUsername("profe").orElseThrow();
        assertThat(first.passwordHash()).startsWith("{bcrypt}").doesNotContain("correct horse");
        assertThat(encoder.matches("correct horse battery", first.passwordHash())).isTrue();
        assertThat(instructors.byUsername("PROFE")).contains(first);
    }

    @Test
    void aLaterStartLeavesTheAccountsAlone() throws Exception {
        String hash = instructors.byUsername("profe").orElseThrow().passwordHash();

        new FirstInstructor(instructors, new AdminSettings("someone-else", "another long password")).run(null);

        assertThat(instructors.count()).isEqualTo(1);
        assertThat(instructors.byUsername("profe").orElseThrow().passwordHash()).isEqualTo(hash);
    }

    @Autowired
    InstructorRepository repository;

    @Test
    void aPasswordTooShortStopsTheStartSayingWhy() {
        repository.deleteAll();

        assertThatThrownBy(() -> new FirstInstructor(instructors, new AdminSettings("admin", "short")).run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ENCHUFE_ADMIN_PASSWORD").hasMessageContaining("at least 10 characters");
        assertThat(instructors.count()).isZero();
    }
}
