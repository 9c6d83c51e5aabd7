package org.enchufe.workbench;

import java.time.Instant;

import org.springframework.data.annotation.Id;

/** One file of a workspace as last saved; {@code position} orders the editor's tabs. */
public record Draft(@Id Long id, String workspace, String filename, String source, int position, Instant updatedAt) {

    Draft withSource(String newSource, Instant now) {
        return new Draft(id, workspace, filename, newSource, position, now);
    }
}
