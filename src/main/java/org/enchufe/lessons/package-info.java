/**
 * Lessons: their format and loader, the catalogue, the goal checker run against the event stream,
 * hints, the runner that plays a lesson's files in a sandbox, and the authors' command line.
 * Depends on {@code kernel} and {@code events} (and {@code lang} for {@code python} goals); nothing of ours depends on it yet.
 */
package org.enchufe.lessons;
