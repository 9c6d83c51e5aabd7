/** The modules that need no kernel: sys, time, errno and struct. */
package org.enchufe.lang.modules;
