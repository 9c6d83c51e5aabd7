package org.enchufe.lang.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CPython's argument rules for every native callable Enchufe has, read once from
 * {@code argument-rules.txt} (recorded from CPython by build/generate-argument-errors.py; its
 * header describes the format). A {@link PyBuiltin} finds its rule by key when it is made —
 * {@code os.dup}, {@code str.split}, {@code socket.socket.bind}, {@code builtins.len} — and checks
 * every call against it before its Java code runs, so the messages come from one table.
 */
public final class ArgumentRules {

    private static final Map<String, ArgumentRule> RULES = load();

    private ArgumentRules() {
    }

    /** The rule recorded for a callable, or null where CPython's checks are the Java code's own. */
    public static ArgumentRule of(String key) {
        return RULES.get(key);
    }

    private static Map<String, ArgumentRule> load() {
        Map<String, ArgumentRule> rules = new HashMap<>();
        try (InputStream in = ArgumentRules.class.getResourceAsStream("argument-rules.txt")) {
            if (in == null) {
                throw new IllegalStateException("argument-rules.txt is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.trim().split("\\s+");
                    rules.put(f[0], parse(f));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(rules);
    }

    static ArgumentRule parse(String[] f) {
        return switch (f[1]) {
            case "noargs" -> new ArgumentRule.NoArgs(f[2]);
            case "nokeywords" -> new ArgumentRule.NoKeywords(f[2]);
            case "one" -> new ArgumentRule.One(f[2]);
            case "tuple" -> new ArgumentRule.Tuple(f[2], Integer.parseInt(f[3]), Integer.parseInt(f[4]), f[5]);
            case "either" -> new ArgumentRule.Either(f[2], Integer.parseInt(f[3]), Integer.parseInt(f[4]), f[5]);
            case "positional" -> new ArgumentRule.Positional(f[2], Integer.parseInt(f[3]), Integer.parseInt(f[4]), f[5]);
            case "python" -> {
                List<String> params = new ArrayList<>();
                List<Boolean> required = new ArrayList<>();
                int keywordOnly = 0;
                for (int i = 4; i < f.length; i++) {
                    String p = f[i];
                    if (p.startsWith("*")) {
                        keywordOnly++;
                        p = p.substring(1);
                    }
                    required.add(!p.endsWith("="));
                    params.add(p.endsWith("=") ? p.substring(0, p.length() - 1) : p);
                }
                yield new ArgumentRule.Python(f[2], f[3].equals("1"), keywordOnly, List.copyOf(params), List.copyOf(required));
            }
            case "keywords" -> {
                List<String> params = new ArrayList<>();
                int positionalOnly = 0;
                int keywordOnly = 0;
                for (int i = 4; i < f.length; i++) {
                    String p = f[i];
                    if (p.endsWith("/")) {
                        positionalOnly++;
                        p = p.substring(0, p.length() - 1);
                    } else if (p.startsWith("*")) {
                        keywordOnly++;
                        p = p.substring(1);
                    }
                    params.add(p);
                }
                yield new ArgumentRule.Keywords(f[2], Integer.parseInt(f[3]), positionalOnly, keywordOnly, List.copyOf(params));
            }
            default -> throw new IllegalArgumentException("unknown argument rule: " + String.join(" ", f));
        };
    }
}
