package org.enchufe.classroom.progress;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface GoalAttemptRepository extends ListCrudRepository<GoalAttempt, Long> {

    List<GoalAttempt> findByWorkspaceAndLessonOrderByDecidedAtAscIdAsc(String workspace, String lesson);

    @org.springframework.data.jdbc.repository.query.Modifying
    @org.springframework.data.jdbc.repository.query.Query("DELETE FROM goal_attempt WHERE workspace IN (:workspaces)")
    void deleteByWorkspaceIn(java.util.Collection<String> workspaces);
}
