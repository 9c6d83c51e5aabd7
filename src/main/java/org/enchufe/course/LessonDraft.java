package org.enchufe.course;

import java.time.Instant;

import org.springframework.data.annotation.Id;

/** One of a workspace's files of a lesson, as last saved. */
public record LessonDraft(@Id Long id, String workspace, String lesson, String filename, String source, Instant updatedAt) {

    LessonDraft withSource(String newSource, Instant now) {
        return new LessonDraft(id, workspace, lesson, filename, newSource, now);
    }
}
