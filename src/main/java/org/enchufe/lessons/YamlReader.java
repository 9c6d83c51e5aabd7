package org.enchufe.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.enchufe.lessons.YamlNode.Mapping;
import org.enchufe.lessons.YamlNode.Scalar;
import org.enchufe.lessons.YamlNode.Sequence;

/**
 * Reads typed values out of a lesson folder's YAML — texts, ids, numbers, errno names, lists of
 * ids — and records every mistake as a {@link LessonProblem} with the file and line it is on. A
 * value that is wrong is reported once and read as absent, so reading goes on and every mistake
 * of a folder is reported together.
 */
final class YamlReader {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private final String folder;
    private final List<LessonProblem> problems = new ArrayList<>();
    private String file = "lesson.yaml";

    YamlReader(String folder) {
        this.folder = folder;
    }

    /** Problems found from now on are in {@code name} (a path inside the folder). */
    void in(String name) {
        file = name;
    }

    List<LessonProblem> problems() {
        return problems;
    }

    void problem(int line, String reason) {
        problems.add(new LessonProblem(folder, file, line, reason));
    }

    void unknownKeys(Mapping m, Set<String> allowed, String what) {
        for (String key : m.entries().keySet()) {
            if (!allowed.contains(key)) {
                problem(m.lineOf(key), "'" + key + "' is not a key of " + what + " (it has " + new java.util.TreeSet<>(allowed) + ")");
            }
        }
    }

    String string(Mapping m, String key, boolean required) {
        YamlNode node = m.get(key);
        if (node == null) {
            if (required) {
                problem(m.line(), "'" + key + "' is missing");
            }
            return null;
        }
        if (node instanceof Scalar s && s.value() != null && !(s.value() instanceof Boolean)) {
            return s.text();
        }
        problem(node.line(), "'" + key + "' must be a text");
        return null;
    }

    String id(Mapping m, String key) {
        String id = string(m, key, true);
        if (id != null && !ID.matcher(id).matches()) {
            problem(m.lineOf(key), "'" + id + "' is not an id: lower-case letters, digits and '-'");
        }
        return id;
    }

    Text text(Mapping m, String key, boolean required) {
        YamlNode node = m.get(key);
        if (node == null) {
            if (required) {
                problem(m.line(), "'" + key + "' is missing: {es: …, en: …}");
            }
            return null;
        }
        if (!(node instanceof Mapping t)) {
            problem(node.line(), "'" + key + "' is a text in both languages: {es: …, en: …}");
            return null;
        }
        unknownKeys(t, Set.of("es", "en"), "a text");
        String es = string(t, "es", true);
        String en = string(t, "en", true);
        return es == null || en == null ? null : new Text(es, en);
    }

    long integer(Mapping m, String key, boolean required, long min, long max, long absent) {
        YamlNode node = m.get(key);
        if (node == null) {
            if (required) {
                problem(m.line(), "'" + key + "' is missing");
            }
            return absent;
        }
        return integerValue(node, min, max, "'" + key + "'");
    }

    long integerValue(YamlNode node, long min, long max, String what) {
        if (node instanceof Scalar s && s.value() instanceof Long n && n >= min && n <= max) {
            return n;
        }
        problem(node.line(), what + " must be a whole number from " + min + " to " + max);
        return min;
    }

    double number(Mapping m, String key, double min, double max) {
        if (m.get(key) instanceof Scalar s && s.value() instanceof Number n && n.doubleValue() >= min && n.doubleValue() <= max) {
            return n.doubleValue();
        }
        problem(m.lineOf(key), "'" + key + "' must be a number from " + min + " to " + max);
        return 1;
    }

    boolean bool(Mapping m, String key) {
        if (m.get(key) instanceof Scalar s && s.value() instanceof Boolean b) {
            return b;
        }
        problem(m.lineOf(key), "'" + key + "' is true or false");
        return false;
    }

    String errnoName(Mapping m, String key, boolean required) {
        String name = string(m, key, required);
        if (name != null) {
            try {
                org.enchufe.lang.runtime.Errno.valueOf(name);
            } catch (IllegalArgumentException e) {
                problem(m.lineOf(key), "'" + name + "' is not an errno Linux has (EADDRINUSE, ECONNREFUSED…)");
            }
        }
        return name;
    }

    List<String> idList(Mapping m, String key, Set<String> known, String what) {
        List<String> ids = new ArrayList<>();
        YamlNode node = m.get(key);
        if (node == null) {
            return ids;
        }
        if (!(node instanceof Sequence s)) {
            problem(node.line(), "'" + key + "' is a list of " + what + " ids");
            return ids;
        }
        for (YamlNode item : s.items()) {
            String id = item instanceof Scalar sc && sc.value() instanceof String v ? v : null;
            if (id == null || !known.contains(id)) {
                problem(item.line(), "there is no " + what + " " + (id == null ? YamlNode.plain(item) : id));
            } else {
                ids.add(id);
            }
        }
        return ids;
    }
}
