/**
 * The lesson catalogue, the lesson format and the goal checks run against the event stream.
 * Depends on {@code events} and {@code sandbox}.
 */
package org.enchufe.lessons;
