/** The modules that need no kernel: sys, time, errno, struct, types, math, collections and heapq, json (json.py), re in {@code re/} and random in {@code random/}. */
package org.enchufe.lang.modules;
