/**
 * The event records every part of Enchufe reads — browser views, lesson checks, dashboard, tests —
 * and their strace rendering. Depends on nothing of ours.
 */
package org.enchufe.events;
