package org.enchufe.classroom.classes;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ClassroomRepository extends ListCrudRepository<Classroom, Long> {

    List<Classroom> findByInstructorOrderByCreatedAtAscIdAsc(long instructor);

    Optional<Classroom> findByJoinCode(String joinCode);
}
