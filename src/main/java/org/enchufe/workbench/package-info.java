/**
 * The workbench: each browser's workspace (a cookie), its saved files, its sandbox and the STOMP
 * commands and event stream between them. Depends on {@code sandbox}, {@code kernel} and {@code events},
 * and of {@code lang} only on the two types the kernel's API takes: {@code vm.Limits} (a sandbox's VM
 * limits, set here from the server's settings) and {@code vm.StopReason} (why a stop is asked).
 */
package org.enchufe.workbench;
