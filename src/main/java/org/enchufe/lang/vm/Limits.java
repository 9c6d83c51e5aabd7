package org.enchufe.lang.vm;

/**
 * What one interpreter may use. Hitting a limit raises a Python exception in the program
 * (MemoryError, RecursionError…), never a failure of the host.
 *
 * @param maxInstructions instructions in the whole run (0 = unlimited)
 * @param maxDepth        Python call depth, as sys.getrecursionlimit()
 * @param maxMemory       bytes the program's strings, bytes, lists, dicts and ints may hold
 * @param maxOutput       characters written to stdout and stderr
 */
public record Limits(long maxInstructions, int maxDepth, long maxMemory, long maxOutput) {

    public static Limits cli() {
        return new Limits(0, 1000, 1L << 30, Long.MAX_VALUE);
    }

    public static Limits sandbox() {
        return new Limits(0, 1000, 64L << 20, 1L << 20);
    }
}
