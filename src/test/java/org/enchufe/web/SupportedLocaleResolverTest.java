package org.enchufe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class SupportedLocaleResolverTest {

    @ParameterizedTest(name = "Accept-Language: {0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "es-ES,es;q=0.9     | es",
            "en-GB,en;q=0.8     | en",
            "fr-FR,en;q=0.5     | en",
            "fr-FR,de;q=0.5     | es",
            "de,es;q=0.2,en;q=0.1 | es",
            "*                  | es",
            ";;;not a header    | es"})
    void picksTheBrowsersFavouriteOfTheLanguagesEnchufeSpeaks(String header, String expected) {
        assertThat(SupportedLocaleResolver.bestFor(header)).isEqualTo(Locale.forLanguageTag(expected));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void speaksSpanishWhenTheBrowserSaysNothing(String header) {
        assertThat(SupportedLocaleResolver.bestFor(header)).isEqualTo(Locale.forLanguageTag("es"));
    }
}
