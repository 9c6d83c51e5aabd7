/**
 * After class: what a class did, goal by goal — the CSV exports (progress, scores, a Moodle
 * gradebook's import layout), time per step and the failure funnel per goal.
 * Depends on {@code classroom} (the roster), {@code classroom.progress} (the verdicts' history) and
 * {@code lessons} (goals, steps and weights).
 */
package org.enchufe.classroom.report;
