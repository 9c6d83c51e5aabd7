/**
 * The pool that drives every live sandbox with a few worker threads: each owner's sandbox and the
 * commands queued for it, its console's input, the watchdog. Depends on {@code kernel}, {@code lang}
 * and {@code events}.
 */
package org.enchufe.sandbox;
