package org.enchufe.classroom.classes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class JoinCodeTest {

    @Test
    void freshCodesAreEightUnmistakableCharactersAndDiffer() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = JoinCode.fresh();
            assertThat(code).hasSize(8).doesNotContainPattern("[01OIL]");
            assertThat(JoinCode.normalized(code)).contains(code);
            seen.add(code);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void readsACodeAsPeopleTypeIt() {
        assertThat(JoinCode.normalized("abcd-efgh")).contains("ABCDEFGH");
        assertThat(JoinCode.normalized(" ABCD EFGH ")).contains("ABCDEFGH");
        assertThat(JoinCode.displayed("ABCDEFGH")).isEqualTo("ABCD-EFGH");
    }

    @Test
    void somethingThatCannotBeACodeIsNone() {
        assertThat(JoinCode.normalized("ABCDEFG")).isEmpty();
        assertThat(JoinCode.normalized("ABCDEFGH9")).isEmpty();
        assertThat(JoinCode.normalized("ABCDEFG0")).as("0 is not in the alphabet").isEmpty();
        assertThat(JoinCode.normalized("../admin")).isEmpty();
        assertThat(JoinCode.normalized(null)).isEmpty();
    }
}
