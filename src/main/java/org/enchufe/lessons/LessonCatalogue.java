package org.enchufe.lessons;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every lesson the server offers: those shipped in the jar ({@code classpath:lessons/}) and an
 * instructor's own from a directory ({@code ENCHUFE_LESSONS_DIR}, or the property
 * {@code enchufe.lessons.dir}), which replace shipped ones with the same id. A broken lesson is
 * left out and its problems listed; the others are served. {@link #refresh} re-reads the
 * instructor's directory when any file in it changed (a walk of modification times: cheap
 * enough to call on every page load or on a schedule).
 */
public final class LessonCatalogue {

    public static final String ENV = "ENCHUFE_LESSONS_DIR";
    public static final String PROPERTY = "enchufe.lessons.dir";

    private final List<LessonFolder> shipped;
    private final Path instructorDir;
    private String fingerprint;
    private List<Lesson> lessons = List.of();
    private List<LessonProblem> problems = List.of();

    public LessonCatalogue(List<LessonFolder> shipped, Path instructorDir) {
        this.shipped = List.copyOf(shipped);
        this.instructorDir = instructorDir;
        reload();
    }

    /** The shipped lessons and, when the environment or the property names one, the instructor's directory. */
    public static LessonCatalogue standard() {
        return new LessonCatalogue(shipped(), configuredDir());
    }

    /** The instructor's directory the environment names, or null. */
    public static Path configuredDir() {
        String dir = System.getProperty(PROPERTY, System.getenv(ENV));
        return dir == null || dir.isBlank() ? null : Path.of(dir);
    }

    /** Only the lessons of one directory (what {@code lessons check DIR} checks). */
    public static LessonCatalogue of(Path dir) {
        return new LessonCatalogue(List.of(), dir);
    }

    public synchronized List<Lesson> lessons() {
        return lessons;
    }

    public synchronized Optional<Lesson> lesson(String id) {
        return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** The mistakes of the lessons that could not be loaded. */
    public synchronized List<LessonProblem> problems() {
        return problems;
    }

    /** Re-reads the instructor's lessons if a file in their directory changed; true when it did. */
    public synchronized boolean refresh() {
        if (instructorDir == null || fingerprint(instructorDir).equals(fingerprint)) {
            return false;
        }
        reload();
        return true;
    }

    private void reload() {
        Map<String, Lesson> byId = new LinkedHashMap<>();
        List<LessonProblem> found = new ArrayList<>();
        load(shipped, byId, found);
        if (instructorDir != null) {
            fingerprint = fingerprint(instructorDir);
            load(instructorFolders(found), byId, found);
        }
        List<Lesson> sorted = new ArrayList<>(byId.values());
        sorted.sort(Comparator.comparingInt(Lesson::number).thenComparing(Lesson::id));
        lessons = List.copyOf(sorted);
        problems = List.copyOf(found);
    }

    private static void load(List<LessonFolder> folders, Map<String, Lesson> byId, List<LessonProblem> problems) {
        for (LessonFolder folder : folders) {
            LessonLoader.Loaded loaded = LessonLoader.load(folder);
            if (loaded.ok()) {
                byId.put(loaded.lesson().id(), loaded.lesson());
            } else {
                problems.addAll(loaded.problems());
            }
        }
    }

    private List<LessonFolder> instructorFolders(List<LessonProblem> problems) {
        List<LessonFolder> folders = new ArrayList<>();
        if (!Files.isDirectory(instructorDir)) {
            problems.add(new LessonProblem(instructorDir.toString(), "", 0, "the lessons directory does not exist"));
            return folders;
        }
        try (Stream<Path> dirs = Files.list(instructorDir)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                if (!dir.getFileName().toString().startsWith(".")) {
                    try {
                        folders.add(LessonFolder.read(dir));
                    } catch (UncheckedIOException e) {
                        problems.add(new LessonProblem(dir.getFileName().toString(), "", 0, "unreadable: " + e.getMessage()));
                    }
                }
            }
        } catch (IOException e) {
            problems.add(new LessonProblem(instructorDir.toString(), "", 0, "unreadable: " + e.getMessage()));
        }
        return folders;
    }

    /** Every file's path, size and modification time under {@code dir}: changes when any file does. */
    static String fingerprint(Path dir) {
        if (!Files.isDirectory(dir)) {
            return "absent";
        }
        StringBuilder print = new StringBuilder();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted().forEach(p -> {
                try {
                    print.append(p).append(':').append(Files.size(p)).append(':').append(Files.getLastModifiedTime(p).toMillis())
                            .append('\n');
                } catch (IOException e) {
                    print.append(p).append(":gone\n");
                }
            });
        } catch (IOException | UncheckedIOException e) {
            return "unreadable";
        }
        return Integer.toHexString(print.toString().hashCode()) + ":" + print.length();
    }

    /** The lesson folders shipped in the jar, under {@code lessons/} on the classpath. */
    public static List<LessonFolder> shipped() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(LessonCatalogue.class.getClassLoader());
        Map<String, Map<String, String>> folders = new TreeMap<>();
        try {
            for (Resource r : resolver.getResources("classpath*:lessons/**/*")) {
                if (!r.isReadable()) {
                    continue;
                }
                String url = r.getURL().toString();
                int at = url.lastIndexOf("/lessons/");
                String relative = url.substring(at + "/lessons/".length());
                int slash = relative.indexOf('/');
                if (at < 0 || slash < 0 || relative.endsWith("/")) {
                    continue;
                }
                try (var in = r.getInputStream()) {
                    folders.computeIfAbsent(relative.substring(0, slash), k -> new TreeMap<>())
                            .put(java.net.URLDecoder.decode(relative.substring(slash + 1), StandardCharsets.UTF_8),
                                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped lessons could not be read", e);
        }
        List<LessonFolder> out = new ArrayList<>();
        folders.forEach((name, files) -> out.add(new LessonFolder(name, "classpath:lessons/" + name, files)));
        return out;
    }
}
