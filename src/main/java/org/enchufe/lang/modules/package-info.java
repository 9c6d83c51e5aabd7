/** The modules that need no kernel: sys, time, errno, struct, types, re in {@code re/} and random in {@code random/}. */
package org.enchufe.lang.modules;
