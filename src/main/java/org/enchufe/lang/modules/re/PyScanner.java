package org.enchufe.lang.modules.re;

import java.util.regex.Matcher;

import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyType;
import org.enchufe.lang.vm.Interpreter;

/**
 * {@code Pattern.scanner(string)}: sre's undocumented cursor over a text. Each {@code match()} or
 * {@code search()} goes on where the last match ended (past it, if it was empty), and the first
 * that finds nothing ends it for good, as CPython's SRE_Scanner.
 */
final class PyScanner extends PyObject {

    static final PyType TYPE = PyType.builtin("_sre", "SRE_Scanner");

    private final PyPattern pattern;
    private final PyPattern.Span span;
    /** Where the next attempt starts, as a Java index; -1 once an attempt has failed. */
    private int at;
    private boolean mustAdvance;

    PyScanner(PyPattern pattern, PyPattern.Span span) {
        this.pattern = pattern;
        this.span = span;
        this.at = span.pos() > span.endpos() ? -1 : span.subject().toJava(span.pos());
    }

    private PyObject next(Interpreter in, Compiled.Anchor anchor) {
        if (at < 0) {
            return PyNone.NONE;
        }
        Matcher m = pattern.compiled.find(in, span.subject(), at, span.subject().toJava(span.endpos()), anchor, mustAdvance);
        if (m == null) {
            at = -1;
            return PyNone.NONE;
        }
        mustAdvance = m.start() == m.end();
        at = m.end();
        return new PyMatch(pattern, span.subject(), span.pos(), span.endpos(), m);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject getAttr(Interpreter in, String name) {
        return name.equals("pattern") ? pattern : super.getAttr(in, name);
    }

    static {
        TYPE.method("match", (in, self, a, k) -> ((PyScanner) self).next(in, Compiled.Anchor.MATCH));
        TYPE.method("search", (in, self, a, k) -> ((PyScanner) self).next(in, Compiled.Anchor.SEARCH));
    }
}
