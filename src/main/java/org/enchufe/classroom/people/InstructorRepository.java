package org.enchufe.classroom.people;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface InstructorRepository extends ListCrudRepository<Instructor, Long> {

    Optional<Instructor> findByUsername(String username);

    Optional<Instructor> findBySsoIssuerAndSsoSubject(String ssoIssuer, String ssoSubject);

    List<Instructor> findAllByOrderByUsername();
}
