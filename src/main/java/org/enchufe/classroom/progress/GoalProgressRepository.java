package org.enchufe.classroom.progress;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface GoalProgressRepository extends ListCrudRepository<GoalProgress, Long> {

    Optional<GoalProgress> findByWorkspaceAndLessonAndGoal(String workspace, String lesson, String goal);

    List<GoalProgress> findByWorkspaceAndLesson(String workspace, String lesson);

    List<GoalProgress> findByWorkspaceIn(Collection<String> workspaces);

    @org.springframework.data.jdbc.repository.query.Modifying
    @org.springframework.data.jdbc.repository.query.Query("DELETE FROM goal_progress WHERE workspace IN (:workspaces)")
    void deleteByWorkspaceIn(Collection<String> workspaces);
}
