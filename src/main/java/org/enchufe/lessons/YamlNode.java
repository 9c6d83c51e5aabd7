package org.enchufe.lessons;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A YAML document read into nodes that remember their line, so that every mistake in a lesson
 * can be reported where the author wrote it (Jackson's trees forget positions).
 */
sealed interface YamlNode {

    int line();

    /** A plain value: a String, Long, Double, Boolean or null. */
    record Scalar(int line, Object value) implements YamlNode {
        String text() {
            return value == null ? null : String.valueOf(value);
        }
    }

    /** A mapping, its keys in the author's order, each with the line it is on. */
    record Mapping(int line, Map<String, YamlNode> entries, Map<String, Integer> keyLines) implements YamlNode {
        YamlNode get(String key) {
            return entries.get(key);
        }

        int lineOf(String key) {
            return keyLines.getOrDefault(key, line);
        }
    }

    record Sequence(int line, List<YamlNode> items) implements YamlNode {
    }

    /** A document that is not YAML: where and why. */
    final class Malformed extends Exception {
        final int line;

        Malformed(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    YAMLMapper MAPPER = YAMLMapper.builder().build();

    /** Reads one YAML document; null for an empty one. */
    static YamlNode parse(String yaml) throws Malformed {
        try (JsonParser p = MAPPER.createParser(yaml)) {
            JsonToken first = p.nextToken();
            return first == null ? null : read(p);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            throw new Malformed(line, e.getOriginalMessage());
        }
    }

    private static YamlNode read(JsonParser p) {
        int line = p.currentTokenLocation().getLineNr();
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, YamlNode> entries = new LinkedHashMap<>();
                Map<String, Integer> keyLines = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String key = p.currentName();
                    keyLines.put(key, p.currentTokenLocation().getLineNr());
                    p.nextToken();
                    entries.put(key, read(p));
                }
                return new Mapping(line, entries, keyLines);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(p));
                }
                return new Sequence(line, items);
            }
            case VALUE_NUMBER_INT -> {
                return new Scalar(line, p.getLongValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return new Scalar(line, p.getDoubleValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Scalar(line, token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return new Scalar(line, null);
            }
            default -> {
                return new Scalar(line, p.getString());
            }
        }
    }

    /** The node as plain Java values (maps, lists, scalars), to hand a subtree to another reader. */
    static Object plain(YamlNode node) {
        return switch (node) {
            case Scalar s -> s.value();
            case Sequence s -> s.items().stream().map(YamlNode::plain).toList();
            case Mapping m -> {
                Map<String, Object> out = new LinkedHashMap<>();
                m.entries().forEach((k, v) -> out.put(k, plain(v)));
                yield out;
            }
        };
    }
}
