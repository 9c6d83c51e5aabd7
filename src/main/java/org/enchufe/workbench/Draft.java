package org.enchufe.workbench;

import java.time.Instant;

import org.springframework.data.annotation.Id;

/**
 * One file of a workspace as last saved; {@code position} orders the editor's tabs and
 * {@code version} counts the saves, so a page can say which text its edit was made on.
 */
public record Draft(@Id Long id, String workspace, String filename, String source, int position, Instant updatedAt,
                    int version) {

    Draft(Long id, String workspace, String filename, String source, int position, Instant updatedAt) {
        this(id, workspace, filename, source, position, updatedAt, 0);
    }

    Draft withSource(String newSource, Instant now) {
        return new Draft(id, workspace, filename, newSource, position, now, version + 1);
    }
}
