/**
 * The session-facing side of the kernel: one sandbox per student session, the commands it takes,
 * event fan-out and limits. Depends on {@code kernel}, {@code lang} and {@code events}.
 */
package org.enchufe.sandbox;
