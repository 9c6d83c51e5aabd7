package org.enchufe.lang.vm;

/** Where a process's stdout or stderr text goes: the terminal for the CLI, events in a sandbox. */
@FunctionalInterface
public interface OutputSink {

    void write(String text);

    default void flush() {
    }
}
