package org.enchufe.classroom.progress;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface GoalAttemptRepository extends ListCrudRepository<GoalAttempt, Long> {

    List<GoalAttempt> findByWorkspaceAndLessonOrderByDecidedAtAscIdAsc(String workspace, String lesson);
}
