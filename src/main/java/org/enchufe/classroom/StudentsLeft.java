package org.enchufe.classroom;

import java.util.List;

/**
 * Students left their class — removed by the instructor, or the class deleted: what is kept of
 * their work in the class (the history of their verdicts) goes with them. Published by the classes
 * feature, heard by the progress history.
 *
 * @param workspaces the workspaces that held their work
 */
public record StudentsLeft(List<String> workspaces) {
}
