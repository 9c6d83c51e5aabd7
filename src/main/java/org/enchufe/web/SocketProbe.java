package org.enchufe.web;

import java.time.Instant;

import org.springframework.data.annotation.Id;

/**
 * One run of the home page's first-socket experiment: when it ran and the port the kernel chose.
 * Stored in {@code socket_probe}; the name is derived, so each database's own case rules apply.
 */
record SocketProbe(@Id Long id, Instant openedAt, int localPort) {
}
