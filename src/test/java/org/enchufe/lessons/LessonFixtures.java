package org.enchufe.lessons;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.enchufe.events.Event;
import org.enchufe.kernel.KernelLimits;
import org.enchufe.kernel.Sandbox;
import org.enchufe.lang.vm.Limits;

/** Lessons written in a test, and event lists recorded from real programs in a sandbox. */
final class LessonFixtures {

    private LessonFixtures() {
    }

    static final String TEXTS = """
            title: {es: Prueba, en: Test}
            files:
              - {name: prog.py}
            steps:
              - {id: uno, title: {es: Uno, en: One}, goals: []}
            """;

    /** A one-file, one-step lesson whose goals and hints are {@code goalsYaml}. */
    static Lesson lesson(String goalsYaml) {
        return lesson(goalsYaml, Map.of());
    }

    static Lesson lesson(String goalsYaml, Map<String, String> extraFiles) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lesson.yaml", "id: prueba\nnumber: 1\n" + TEXTS + goalsYaml);
        files.put("es.md", "Intro\n\n## Uno\n\nTexto\n");
        files.put("en.md", "Intro\n\n## One\n\nText\n");
        files.put("start/prog.py", "pass\n");
        files.put("solution/prog.py", "pass\n");
        files.putAll(extraFiles);
        LessonLoader.Loaded loaded = LessonLoader.load(new LessonFolder("prueba", "test", files));
        if (!loaded.ok()) {
            throw new AssertionError("the test's lesson does not load: " + loaded.problems());
        }
        return loaded.lesson();
    }

    /** The events of running {@code source} as prog.py to its end in a sandbox of its own. */
    static List<Event> record(String source) {
        List<Event> events = new ArrayList<>();
        Sandbox sandbox = new Sandbox(new Sandbox.Console() {
            @Override
            public void write(int pid, String stream, String text) {
            }

            @Override
            public String readLine(int pid) {
                return null;
            }
        }, events::add, Limits.cli(), KernelLimits.cli());
        try {
            sandbox.runToCompletion(sandbox.start("prog.py", source, new String[0]));
        } finally {
            sandbox.dispose();
        }
        return events;
    }

    /** A checker for {@code lesson} fed {@code events}, finished. */
    static Map<String, Verdict> check(Lesson lesson, List<Event> events) {
        GoalChecker checker = new GoalChecker(lesson);
        events.forEach(checker);
        Map<String, Verdict> out = new LinkedHashMap<>();
        checker.finish().forEach(v -> out.put(v.goal(), v));
        return out;
    }
}
