package org.enchufe.course;

import java.util.Map;

/** A lesson command that cannot be done: its code and arguments, shown to the student in their language. */
final class CourseProblem extends RuntimeException {

    private final String code;
    private final Map<String, Object> args;

    CourseProblem(String code, Map<String, Object> args) {
        super(code, null, false, false);
        this.code = code;
        this.args = Map.copyOf(args);
    }

    String code() {
        return code;
    }

    Map<String, Object> args() {
        return args;
    }
}
