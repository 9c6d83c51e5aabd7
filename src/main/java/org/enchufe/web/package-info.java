/**
 * Pages, STOMP configuration and who may subscribe and send where, HTTP security and headers,
 * locale, and the controllers that connect the browser to the rest.
 * May depend on every package; nothing depends on {@code web}.
 */
package org.enchufe.web;
