package org.enchufe.classroom.classes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayNameTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "  Ana   García  | Ana García",
            "José Ñúñez | José Ñúñez",
            "O'Neill-Smith Jr. | O'Neill-Smith Jr.",
            "李小龙 | 李小龙",
            "Ana 2 | Ana 2"})
    void acceptsNamesInAnyAlphabetWithSpacesTidied(String typed, String kept) {
        assertThat(DisplayName.of(typed)).isInstanceOfSatisfying(DisplayName.Valid.class, v -> assertThat(v.name()).isEqualTo(kept));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A | join.name.short",
            "'   ' | join.name.short",
            "<script> | join.name.characters",
            "ana@example.org | join.name.characters",
            "12345 | join.name.letter"})
    void refusesNamesSayingWhy(String typed, String problem) {
        assertThat(DisplayName.of(typed)).isEqualTo(new DisplayName.Invalid(problem));
    }

    @Test
    void refusesANameLongerThanFortyCharacters() {
        assertThat(DisplayName.of("a".repeat(40))).isInstanceOf(DisplayName.Valid.class);
        assertThat(DisplayName.of("a".repeat(41))).isEqualTo(new DisplayName.Invalid("join.name.long"));
    }

    @Test
    void namesThatDifferOnlyInCaseOrAccentsAreTheSameName() {
        assertThat(key("María José")).isEqualTo(key("maria jose")).isEqualTo(key("MARÍA  JOSÉ"));
        assertThat(key("Maria")).isNotEqualTo(key("Mario"));
    }

    private static String key(String name) {
        return ((DisplayName.Valid) DisplayName.of(name)).key();
    }
}
