package org.enchufe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Every text a person can see exists in Spanish and in English. */
class MessageBundlesTest {

    @Test
    void spanishAndEnglishHaveTheSameKeys() throws IOException {
        Properties spanish = load("/messages.properties");
        Properties english = load("/messages_en.properties");

        assertThat(english.stringPropertyNames()).isEqualTo(spanish.stringPropertyNames());
    }

    @Test
    void noTextIsBlankAndEachLanguageSaysItsOwnThing() throws IOException {
        Properties spanish = load("/messages.properties");
        Properties english = load("/messages_en.properties");

        for (String key : spanish.stringPropertyNames()) {
            assertThat(spanish.getProperty(key)).as(key).isNotBlank();
            assertThat(english.getProperty(key)).as(key).isNotBlank();
        }
        assertThat(english.getProperty("home.first.button")).isNotEqualTo(spanish.getProperty("home.first.button"));
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
