/**
 * The workbench: each browser's workspace (a cookie), its saved files, its sandbox and the STOMP
 * commands and event stream between them. Depends on {@code sandbox}, {@code kernel} and {@code events}.
 */
package org.enchufe.workbench;
