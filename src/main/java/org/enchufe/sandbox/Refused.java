package org.enchufe.sandbox;

import java.util.Map;

/**
 * A command the sandbox cannot carry out (no such process, no such host, too many processes, an
 * interactive process still busy), named by a code the pages turn into the student's language
 * ({@code js.problem.<code>}), with the values the text needs.
 */
public final class Refused extends RuntimeException {

    private final String code;
    private final Map<String, Object> args;

    Refused(String code, Map<String, Object> args) {
        super(code + " " + args, null, false, false);
        this.code = code;
        this.args = args;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> args() {
        return args;
    }
}
