/**
 * The classroom's progress history: every goal's verdicts per student (workspace) with their
 * times — first seen, attempts, failures in a row, passed at — stored as they are decided.
 * Depends on {@code course} (the verdicts it is told), {@code lessons}, {@code events} and the
 * classroom's {@code StudentsLeft} (whose history it then forgets).
 */
package org.enchufe.classroom.progress;
