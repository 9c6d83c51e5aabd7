package org.enchufe.workbench;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a workspace file may be called: a Python module name a student would type — letters of
 * any alphabet, digits, {@code _} and {@code -} — ending in {@code .py}, at most 64 characters.
 * No paths, no hidden files, nothing a page or a file system could misread.
 */
final class FileName {

    static final int MAX_LENGTH = 64;
    private static final Pattern VALID = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_-]*\\.py");

    private FileName() {
    }

    /** {@code name} when it is a valid file name; a problem saying why not otherwise. */
    static String check(String name) {
        if (name == null || name.isBlank()) {
            throw new WorkbenchProblem("file-name-empty");
        }
        if (name.length() > MAX_LENGTH) {
            throw new WorkbenchProblem("file-name-long", Map.of("max", MAX_LENGTH));
        }
        if (!VALID.matcher(name).matches()) {
            throw new WorkbenchProblem("file-name-invalid", Map.of("name", name));
        }
        return name;
    }
}
