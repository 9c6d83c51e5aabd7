package org.enchufe.course;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface LessonDraftRepository extends ListCrudRepository<LessonDraft, Long> {

    List<LessonDraft> findByWorkspaceAndLesson(String workspace, String lesson);

    Optional<LessonDraft> findByWorkspaceAndLessonAndFilename(String workspace, String lesson, String filename);
}
