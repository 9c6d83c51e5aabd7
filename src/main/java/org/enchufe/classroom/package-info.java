/**
 * Classes, students, progress and the instructor dashboard, stored with Spring Data JDBC.
 * Depends on {@code lessons} and {@code events}.
 */
package org.enchufe.classroom;
