package org.enchufe.workbench;

import java.util.Map;

/**
 * Something the student asked for that cannot be done, named by a message key the browser shows
 * in the student's language ({@code js.problem.<code>}), with the values the text needs.
 */
public final class WorkbenchProblem extends RuntimeException {

    private final String code;
    private final Map<String, Object> args;

    WorkbenchProblem(String code, Map<String, Object> args) {
        super(code + " " + args);
        this.code = code;
        this.args = args;
    }

    WorkbenchProblem(String code) {
        this(code, Map.of());
    }

    public String code() {
        return code;
    }

    public Map<String, Object> args() {
        return args;
    }
}
