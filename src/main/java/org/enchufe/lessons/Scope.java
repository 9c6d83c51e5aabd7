package org.enchufe.lessons;

/**
 * Which processes a goal looks at: those running one of the lesson's files, on one host, and the
 * started process or its forked children. A null part matches every process.
 *
 * @param file    the lesson file the process runs (a forked child runs its parent's)
 * @param host    the topology host it runs on
 * @param process {@code main} (the process the lesson started) or {@code forked} (its children)
 */
public record Scope(String file, String host, String process) {

    public static final Scope ANY = new Scope(null, null, null);

    boolean matches(ProcessTable.Entry p) {
        return p != null && !p.probe()
                && (file == null || file.equals(p.program()))
                && (host == null || host.equalsIgnoreCase(p.host()))
                && (process == null || process.equals("forked") == p.forked());
    }
}
