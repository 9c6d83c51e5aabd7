package org.enchufe.sandbox;

/**
 * A program to start in a live sandbox: its file's name and text, the virtual host it runs on
 * ({@code null} or empty: the topology's first) and whether it waits, stopped before its first
 * line, to be stepped.
 */
public record Program(String file, String source, String host, boolean stepping) {

    /** {@code file} on the topology's first host, running freely. */
    public static Program of(String file, String source) {
        return new Program(file, source, null, false);
    }
}
