/**
 * The instructor's live dashboard: each student's state from their sandbox and verdicts, the grid
 * of students × lesson steps, stuck detectors, the class histogram, and the coalesced STOMP feed;
 * looking over a student's shoulder. Depends on {@code classroom} (the roster), {@code classroom.progress},
 * {@code course}, {@code workbench} (a student's sandbox as their pages see it), {@code lessons},
 * {@code kernel} (a sandbox snapshot's process states) and {@code events}.
 */
package org.enchufe.classroom.live;
