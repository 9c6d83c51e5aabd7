package org.enchufe.workbench;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface DraftRepository extends ListCrudRepository<Draft, Long> {

    List<Draft> findByWorkspaceOrderByPosition(String workspace);

    Optional<Draft> findByWorkspaceAndFilename(String workspace, String filename);

    long countByWorkspace(String workspace);
}
