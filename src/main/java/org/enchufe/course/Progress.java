package org.enchufe.course;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.enchufe.lessons.Lesson;
import org.enchufe.workbench.DraftStorage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each workspace's progress in the lessons and its lesson files, in the database: a closed tab or
 * a restarted server loses nothing. A goal once passed stays passed; a hint once shown stays shown.
 */
@Service
public class Progress {

    static final int MAX_SOURCE = 50_000;

    private final LessonProgressRepository progress;
    private final LessonDraftRepository files;
    private final DraftStorage storage;
    private final Clock clock = Clock.systemUTC();

    Progress(LessonProgressRepository progress, LessonDraftRepository files, DraftStorage storage) {
        this.progress = progress;
        this.files = files;
        this.storage = storage;
    }

    /** The workspace's progress in {@code lesson}: nothing passed, step 0, when it never opened it. */
    public LessonProgress of(String workspace, String lesson) {
        return progress.findByWorkspaceAndLesson(workspace, lesson)
                .orElseGet(() -> LessonProgress.fresh(workspace, lesson, clock.instant()));
    }

    /** The workspace's progress in every lesson it opened, by lesson id. */
    public Map<String, LessonProgress> all(String workspace) {
        Map<String, LessonProgress> out = new LinkedHashMap<>();
        progress.findByWorkspace(workspace).forEach(p -> out.put(p.lesson(), p));
        return out;
    }

    /** Records {@code goals} as passed; returns those that were not yet. */
    @Transactional
    public synchronized Set<String> pass(String workspace, String lesson, Collection<String> goals) {
        LessonProgress now = of(workspace, lesson);
        Set<String> passed = new LinkedHashSet<>(now.passedGoals());
        Set<String> fresh = new LinkedHashSet<>(goals);
        fresh.removeAll(passed);
        if (!fresh.isEmpty()) {
            passed.addAll(fresh);
            progress.save(now.withPassed(passed, clock.instant()));
        }
        return fresh;
    }

    /** Records {@code hints} as shown; returns those that were not yet. */
    @Transactional
    public synchronized Set<String> show(String workspace, String lesson, Collection<String> hints) {
        LessonProgress now = of(workspace, lesson);
        Set<String> shown = new LinkedHashSet<>(now.shownHints());
        Set<String> fresh = new LinkedHashSet<>(hints);
        fresh.removeAll(shown);
        if (!fresh.isEmpty()) {
            shown.addAll(fresh);
            progress.save(now.withHints(shown, clock.instant()));
        }
        return fresh;
    }

    /** The step the student is on; {@code step} must be one of the lesson's. */
    @Transactional
    public synchronized void step(String workspace, Lesson lesson, int step) {
        if (step < 0 || step >= lesson.steps().size()) {
            throw new CourseProblem("no-such-step", Map.of("step", step));
        }
        progress.save(of(workspace, lesson.id()).withStep(step, clock.instant()));
    }

    /** The student's files of {@code lesson} in the lesson's order: as saved, else the starters. */
    public Map<String, String> files(String workspace, Lesson lesson) {
        Map<String, String> saved = new LinkedHashMap<>();
        files.findByWorkspaceAndLesson(workspace, lesson.id()).forEach(d -> saved.put(d.filename(), d.source()));
        Map<String, String> out = new LinkedHashMap<>();
        for (Lesson.LessonFile f : lesson.files()) {
            out.put(f.name(), saved.getOrDefault(f.name(), lesson.start().getOrDefault(f.name(), "")));
        }
        return out;
    }

    /** Saves one of the lesson's files; a name the lesson does not have, or a file too big, is a problem. */
    @Transactional
    public synchronized void save(String workspace, Lesson lesson, String filename, String source) {
        String file = fileOf(lesson, filename);
        String text = source == null ? "" : source;
        if (text.length() > MAX_SOURCE) {
            throw new CourseProblem("file-too-big", Map.of("name", file, "max", MAX_SOURCE));
        }
        Instant now = clock.instant();
        java.util.Optional<LessonDraft> saved = files.findByWorkspaceAndLessonAndFilename(workspace, lesson.id(), file);
        // Counted in the server's ceiling with the free sandbox's files: past it, a file may not grow.
        storage.reserve(saved.map(d -> (long) d.source().length()).orElse(0L), text.length());
        files.save(saved.map(d -> d.withSource(text, now))
                .orElseGet(() -> new LessonDraft(null, workspace, lesson.id(), file, text, now)));
    }

    /** {@code filename} when the lesson has such a file. */
    static String fileOf(Lesson lesson, String filename) {
        List<String> names = lesson.files().stream().map(Lesson.LessonFile::name).toList();
        if (filename == null || !names.contains(filename)) {
            throw new CourseProblem("not-a-lesson-file", Map.of("name", filename == null ? "" : filename));
        }
        return filename;
    }
}
