package org.enchufe.classroom.classes;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface StudentRepository extends ListCrudRepository<Student, Long> {

    List<Student> findByClassroomOrderByJoinedAtAscIdAsc(long classroom);

    Optional<Student> findByWorkspace(String workspace);

    Optional<Student> findByReturnTokenHash(String returnTokenHash);

    Optional<Student> findByClassroomAndNameKey(long classroom, String nameKey);

    long countByClassroom(long classroom);
}
