/** The modules that need no kernel: sys, time, errno, struct, and re in {@code re/}. */
package org.enchufe.lang.modules;
