package org.enchufe.lessons;

/**
 * A mistake in a lesson's files, said where the author can fix it.
 *
 * @param lesson the lesson's folder name
 * @param file   the file, relative to the lesson's folder ({@code lesson.yaml}, {@code es.md}…)
 * @param line   the line in that file, 1-based; 0 when the mistake is the file's absence
 * @param reason what is wrong, in English (authors read the YAML keys in English too)
 */
public record LessonProblem(String lesson, String file, int line, String reason) {

    @Override
    public String toString() {
        return lesson + "/" + file + (line > 0 ? ":" + line : "") + ": " + reason;
    }
}
