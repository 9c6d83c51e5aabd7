package org.enchufe.lessons;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A lesson's folder as text files by their path inside it ({@code lesson.yaml},
 * {@code start/servidor.py}…), wherever it came from: the jar or an instructor's directory.
 *
 * @param name   the folder's name, e.g. {@code 09-bind-y-puertos}
 * @param origin where it is, for messages
 */
public record LessonFolder(String name, String origin, Map<String, String> files) {

    private static final long MAX_FILE_BYTES = 256 * 1024;

    public LessonFolder {
        files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /** Reads every file under {@code dir} (hidden ones and oversized ones left out). */
    public static LessonFolder read(Path dir) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String relative = dir.relativize(file).toString().replace('\\', '/');
                if (relative.startsWith(".") || relative.contains("/.") || Files.size(file) > MAX_FILE_BYTES) {
                    continue;
                }
                files.put(relative, Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LessonFolder(dir.getFileName().toString(), dir.toString(), files);
    }

    /** The files directly under {@code subfolder}, by their name there. */
    Map<String, String> under(String subfolder) {
        Map<String, String> out = new TreeMap<>();
        String prefix = subfolder + "/";
        files.forEach((path, text) -> {
            if (path.startsWith(prefix) && path.indexOf('/', prefix.length()) < 0) {
                out.put(path.substring(prefix.length()), text);
            }
        });
        return out;
    }
}
