/**
 * The course as a student meets it: each workspace's progress in the lessons and its lesson files
 * (stored), the lesson checker subscribed to the workspace's sandbox whose verdicts and hints go to
 * the page, and the lesson page's STOMP commands ({@code /app/lesson/…}). Depends on {@code lessons},
 * {@code workbench}, {@code sandbox} and {@code events} (and {@code kernel} for a lesson's topology).
 */
package org.enchufe.course;
