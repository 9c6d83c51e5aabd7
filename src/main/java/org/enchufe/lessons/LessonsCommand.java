package org.enchufe.lessons;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar enchufe.jar lessons list | check [DIR] | try [--json] [--lang en] ID FILE…}:
 * the author's tools, without starting the web server.
 */
public final class LessonsCommand {

    static final String USAGE = """
            usage: enchufe lessons list
                   enchufe lessons check [DIR]
                   enchufe lessons try [--json] [--lang es|en] ID FILE.py...""";

    private LessonsCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println(USAGE);
            return 2;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case "list" -> list(LessonCatalogue.standard(), out, err);
            case "check" -> check(rest.length > 0 ? LessonCatalogue.of(Path.of(rest[0])) : LessonCatalogue.standard(), out, err);
            case "try" -> tryFiles(LessonCatalogue.standard(), rest, out, err);
            default -> {
                err.println(USAGE);
                yield 2;
            }
        };
    }

    static int list(LessonCatalogue catalogue, PrintStream out, PrintStream err) {
        // The ids' column as wide as the longest id, so the titles line up.
        int width = catalogue.lessons().stream().mapToInt(l -> l.id().length()).max().orElse(1);
        for (Lesson l : catalogue.lessons()) {
            out.printf("%2d  %-" + width + "s  %s / %s%n", l.number(), l.id(), l.title().es(), l.title().en());
        }
        catalogue.problems().forEach(p -> err.println("broken: " + p));
        return catalogue.problems().isEmpty() ? 0 : 1;
    }

    static int check(LessonCatalogue catalogue, PrintStream out, PrintStream err) {
        int bad = catalogue.problems().size();
        catalogue.problems().forEach(p -> err.println(p));
        for (Lesson l : catalogue.lessons()) {
            List<LessonCheck.Finding> findings = LessonCheck.check(l);
            findings.forEach(f -> err.println(f));
            bad += findings.size();
            out.println((findings.isEmpty() ? "ok    " : "FAIL  ") + l.id() + " (" + l.goals().size() + " goals, " + l.mutants().size()
                    + " mutants)");
        }
        if (catalogue.lessons().isEmpty() && bad == 0) {
            err.println("no lessons found");
            return 1;
        }
        out.println(bad == 0 ? "all lessons check" : bad + " problem(s)");
        return bad == 0 ? 0 : 1;
    }

    static int tryFiles(LessonCatalogue catalogue, String[] args, PrintStream out, PrintStream err) {
        boolean json = false;
        String language = "es";
        int i = 0;
        for (; i < args.length && args[i].startsWith("--"); i++) {
            switch (args[i]) {
                case "--json" -> json = true;
                case "--lang" -> language = i + 1 < args.length ? args[++i] : "es";
                default -> {
                    err.println("unknown option " + args[i]);
                    return 2;
                }
            }
        }
        if (args.length - i < 2) {
            err.println(USAGE);
            return 2;
        }
        String id = args[i];
        Lesson lesson = catalogue.lesson(id).orElse(null);
        if (lesson == null) {
            err.println("no lesson " + id + "; `enchufe lessons list` shows them");
            return 2;
        }
        Map<String, String> files = new LinkedHashMap<>(lesson.solution());
        List<String> given = new ArrayList<>();
        for (String file : Arrays.copyOfRange(args, i + 1, args.length)) {
            String name = Path.of(file).getFileName().toString();
            if (lesson.files().stream().noneMatch(f -> f.name().equals(name))) {
                err.println(name + " is not one of the lesson's files " + lesson.files().stream().map(Lesson.LessonFile::name).toList());
                return 2;
            }
            try {
                files.put(name, Files.readString(Path.of(file), StandardCharsets.UTF_8));
                given.add(name);
            } catch (IOException e) {
                err.println("cannot read " + file + ": " + e.getMessage());
                return 2;
            }
        }
        LessonRunner.Result result = LessonRunner.run(lesson, files);
        if (json) {
            out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(result));
        } else {
            for (Lesson.LessonFile f : lesson.files()) {
                if (!given.contains(f.name())) {
                    out.println(("en".equals(language) ? "(the lesson's reference " : "(la referencia de la lección para ") + f.name() + ")");
                }
            }
            for (Verdict v : result.verdicts()) {
                out.println((v.passed() ? "✔ " : "✘ ") + v.goal() + ": " + v.expected().in(language));
                if (!v.passed()) {
                    out.println("    " + v.happened().in(language));
                    v.rows().forEach(r -> out.println("    #" + r.seq() + " [pid " + r.pid() + "]" + (r.line() != null ? " line " + r.line()
                            : "") + "  " + r.text()));
                }
            }
            for (FiredHint h : result.hints()) {
                out.println("💡 " + h.text().in(language));
            }
            out.printf("score %.0f%%%n", result.score() * 100);
        }
        return result.allPassed() ? 0 : 1;
    }
}
