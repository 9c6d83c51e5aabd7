/**
 * Pages, STOMP configuration, locale and the controllers that connect the browser to the rest.
 * May depend on every package; nothing depends on {@code web}.
 */
package org.enchufe.web;
