package org.enchufe.course;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface LessonProgressRepository extends ListCrudRepository<LessonProgress, Long> {

    Optional<LessonProgress> findByWorkspaceAndLesson(String workspace, String lesson);

    List<LessonProgress> findByWorkspace(String workspace);
}
