package org.enchufe.web;

import org.springframework.data.repository.ListCrudRepository;

interface SocketProbeRepository extends ListCrudRepository<SocketProbe, Long> {
}
