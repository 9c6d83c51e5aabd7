/** The modules that need no kernel: sys, time, errno, struct, types, json (json.py), and re in {@code re/}. */
package org.enchufe.lang.modules;
