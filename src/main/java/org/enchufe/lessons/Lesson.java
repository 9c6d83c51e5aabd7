package org.enchufe.lessons;

import java.util.List;
import java.util.Map;

import org.enchufe.kernel.net.Topology;

/**
 * A lesson as loaded from its folder (LESSONS.md §1): what it teaches, on which network, the
 * files the student writes and in which order they run, its steps, goals and hints, its texts
 * rendered to safe HTML, and the files that prove the checks (solution, mutants).
 *
 * @param id          the lesson's id, unique in the catalogue; a lesson in the instructor's
 *                    directory with a shipped lesson's id replaces it
 * @param number      its row in CURRICULUM.md
 * @param pages       the slide pages it covers
 * @param topology    the virtual network it runs on
 * @param files       the student's files, in the order they start (servers first)
 * @param start       starter files by name (what a new workspace holds)
 * @param solution    the reference solution by name
 * @param startPasses goals the starter files already meet (every other must fail with them)
 * @param probes      probe programs by name (file name under probes/)
 * @param views       pictures its page adds to the workbench's: {@code sequence}, the stream
 *                    scenario's sequence diagram drawn from the student's trace
 * @param origin      where it was loaded from: "classpath:lessons/ID" or a directory
 */
public record Lesson(String id, int number, List<Integer> pages, Text title, Topology topology, List<LessonFile> files,
                     List<Step> steps, List<Goal> goals, List<Hint> hints, Map<String, LessonText> texts,
                     Map<String, String> start, Map<String, String> solution, List<Mutant> mutants,
                     List<String> startPasses, Map<String, String> probes, List<String> views, String origin) {

    /** A file of the student's: its name, the host it runs on (null: the first), server or client. */
    public record LessonFile(String name, String host, String role) {
    }

    /** A step: its id, its title and the goals it asks for. */
    public record Step(String id, Text title, List<String> goals) {
    }

    /**
     * A known-wrong program: it replaces one of the solution's files and must fail exactly
     * {@code fails} and fire {@code fires}.
     */
    public record Mutant(String path, String replaces, String source, List<String> fails, List<String> fires) {
    }

    public Goal goal(String goalId) {
        return goals.stream().filter(g -> g.id().equals(goalId)).findFirst().orElse(null);
    }

    /** The lesson's text in {@code language}, Spanish when it has no such one. */
    public LessonText text(String language) {
        return texts.getOrDefault(language, texts.get("es"));
    }
}
