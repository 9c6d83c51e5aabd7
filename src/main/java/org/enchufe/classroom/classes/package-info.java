/**
 * Classes and the students in them: join codes, the lessons open in each, enrolments bound to a
 * workspace with a personal return link, and {@code ClassRoster} over them.
 * Depends on {@code classroom} (the roster it implements), {@code classroom.people} and {@code lessons}.
 */
package org.enchufe.classroom.classes;
