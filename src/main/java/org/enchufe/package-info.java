/**
 * The entry points: {@code main} (the web application, {@code run}, {@code lessons}, {@code healthcheck}),
 * the {@code run} command and the health check. May depend on every package but {@code web} (Spring
 * finds that); nothing depends on it.
 */
package org.enchufe;
