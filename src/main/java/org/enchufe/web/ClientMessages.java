package org.enchufe.web;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The texts the browser's scripts show, taken from the same message bundles as the pages: every
 * key under {@code js.}, as a JSON object safe to place inside a {@code <script>} element.
 */
@Component
class ClientMessages {

    private static final String PREFIX = "js.";

    private final JsonMapper json;

    ClientMessages(JsonMapper json) {
        this.json = json;
    }

    String json(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> texts = new TreeMap<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith(PREFIX)) {
                texts.put(key.substring(PREFIX.length()), bundle.getString(key));
            }
        }
        // "<" never appears raw, so no text can close the script element early.
        return json.writeValueAsString(texts).replace("<", "\\u003c");
    }
}
