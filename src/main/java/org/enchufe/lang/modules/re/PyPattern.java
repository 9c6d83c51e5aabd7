package org.enchufe.lang.modules.re;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.enchufe.lang.runtime.Args;
import org.enchufe.lang.runtime.Cost;
import org.enchufe.lang.runtime.Ops;
import org.enchufe.lang.runtime.PyBytes;
import org.enchufe.lang.runtime.PyDict;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyList;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.runtime.PyTuple;
import org.enchufe.lang.runtime.PyType;
import org.enchufe.lang.vm.Interpreter;

/**
 * {@code re.Pattern}: a compiled pattern with the source and flags it was made from, and the
 * searches ({@code match}, {@code search}, {@code findall}, {@code sub}, {@code split}…) that
 * the module's functions also run.
 */
final class PyPattern extends PyObject {

    static final PyType TYPE = PyType.builtin("re", "Pattern");

    final PyObject source;
    final Compiled compiled;

    PyPattern(PyObject source, Compiled compiled) {
        this.source = source;
        this.compiled = compiled;
    }

    boolean text() {
        return source instanceof PyStr;
    }

    /** The pattern's text as re.error keeps it. */
    PyObject source() {
        return source;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr(Interpreter in) {
        String text = source.repr(in);
        if (text.length() > 200) {
            text = text.substring(0, 200);
        }
        int flags = compiled.translation().flags();
        if (text() && (flags & (Translator.LOCALE | Translator.UNICODE | Translator.ASCII)) == Translator.UNICODE) {
            flags &= ~Translator.UNICODE;
        }
        return flags == 0 ? "re.compile(" + text + ")" : "re.compile(" + text + ", " + ReModule.flagNames(flags) + ")";
    }

    @Override
    public boolean pyEquals(Interpreter in, PyObject other) {
        return other instanceof PyPattern p && p.compiled.translation().flags() == compiled.translation().flags()
                && p.source.type() == source.type() && p.source.pyEquals(in, source);
    }

    @Override
    public long hash(Interpreter in) {
        return source.hash(in) ^ compiled.translation().flags();
    }

    @Override
    public PyObject getAttr(Interpreter in, String name) {
        return switch (name) {
            case "pattern" -> source;
            case "flags" -> PyInt.of(compiled.translation().flags());
            case "groups" -> PyInt.of(compiled.translation().groups());
            case "groupindex" -> {
                PyDict d = new PyDict();
                compiled.translation().groupIndex().entrySet().stream().sorted(Map.Entry.comparingByValue())
                        .forEach(e -> d.putStr(e.getKey(), PyInt.of(e.getValue())));
                yield d;
            }
            default -> super.getAttr(in, name);
        };
    }

    // ---------------------------------------------------------------- searches

    /** A subject with pos and endpos clamped into it as sre clamps them (Python's indices). */
    record Span(Subject subject, int pos, int endpos) {
    }

    Span span(Interpreter in, PyObject string, PyObject pos, PyObject endpos) {
        Subject subject = Subject.of(string, text());
        int length = subject.length();
        long p = pos == null ? 0 : clamp(in, pos);
        long e = endpos == null ? length : clamp(in, endpos);
        p = Math.max(0, Math.min(p, length));
        e = Math.max(0, Math.min(e, length));
        return new Span(subject, (int) p, (int) e);
    }

    /** An index argument as a C ssize_t, as sre takes it (sys.maxsize included); clamped by the caller. */
    private static long clamp(Interpreter in, PyObject index) {
        if (index instanceof PyInt i && !i.isSmall()) {
            throw PyErrors.overflow("Python int too large to convert to C ssize_t");
        }
        if (index instanceof PyInt i) {
            return i.asLong();
        }
        return Ops.index(in, index);
    }

    /** One match anchored as asked, or None. */
    PyObject matchOne(Interpreter in, Span s, Compiled.Anchor anchor) {
        if (s.pos > s.endpos) {
            return PyNone.NONE;
        }
        Matcher m = compiled.find(in, s.subject, s.subject.toJava(s.pos), s.subject.toJava(s.endpos), anchor, false);
        return m == null ? PyNone.NONE : new PyMatch(this, s.subject, s.pos, s.endpos, m);
    }

    /**
     * Every match from pos, as findall, finditer, sub and split see them: after a match, the
     * next starts where it ended, and may not be empty there if it was empty. At most
     * {@code limit} (0: all).
     */
    List<PyMatch> all(Interpreter in, Span s, long limit) {
        List<PyMatch> found = new ArrayList<>();
        if (s.pos > s.endpos) {
            return found;
        }
        int to = s.subject.toJava(s.endpos);
        int at = s.subject.toJava(s.pos);
        boolean wasEmpty = false;
        while (limit == 0 || found.size() < limit) {
            Matcher m = compiled.find(in, s.subject, at, to, Compiled.Anchor.SEARCH, wasEmpty);
            if (m == null) {
                break;
            }
            found.add(new PyMatch(this, s.subject, s.pos, s.endpos, m));
            Cost.operation(in, found.size());
            if (in != null) {
                in.accountObjects(1);
            }
            wasEmpty = m.start() == m.end();
            at = m.end();
        }
        return found;
    }

    PyList findall(Interpreter in, Span s) {
        List<PyMatch> matches = all(in, s, 0);
        PyObject[] out = new PyObject[matches.size()];
        int groups = compiled.translation().groups();
        for (int i = 0; i < out.length; i++) {
            PyMatch m = matches.get(i);
            if (groups == 0) {
                out[i] = m.group(0, null);
            } else if (groups == 1) {
                out[i] = m.group(1, s.subject.empty());
            } else {
                PyObject[] items = new PyObject[groups];
                for (int g = 1; g <= groups; g++) {
                    items[g - 1] = m.group(g, s.subject.empty());
                }
                out[i] = PyTuple.of(items);
            }
        }
        return new PyList(out);
    }

    /** {@code subn}'s (new string, number of replacements). */
    PyTuple subn(Interpreter in, PyObject repl, PyObject string, long count) {
        Span s = span(in, string, null, null);
        Template template = null;
        boolean callable = !(repl instanceof PyStr) && !(repl instanceof org.enchufe.lang.runtime.PyBytesLike);
        if (!callable) {
            template = Template.parse(this, repl);
        }
        List<PyMatch> matches = all(in, s, Math.max(count, 0));
        if (count < 0) {
            matches = List.of();
        }
        StringBuilder out = new StringBuilder();
        Subject subject = s.subject;
        int last = 0;
        int item = 0;
        for (PyMatch m : matches) {
            if (m.start(0) > last) {
                out.append(subject.java(), subject.toJava(last), subject.toJava(m.start(0)));
                item++;
            }
            PyObject piece = callable ? in.call(repl, new PyObject[] {m}, new String[0]) : template.expand(m);
            appendPiece(out, piece, subject.text(), item);
            if (!(piece instanceof PyNone)) {
                item++;
            }
            last = m.end(0);
        }
        out.append(subject.java(), subject.toJava(last), subject.java().length());
        Cost.bulk(in, out.length());
        if (in != null) {
            // The new text is made in one go, as a join's: charged to memory before it exists.
            in.accountBytes(out.length());
        }
        PyObject result = subject.text() ? PyStr.of(out.toString())
                : new PyBytes(out.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        return PyTuple.of(result, PyInt.of(matches.size()));
    }

    private static void appendPiece(StringBuilder out, PyObject piece, boolean text, int item) {
        if (text && piece instanceof PyStr p) {
            out.append(p.value());
        } else if (!text && piece instanceof org.enchufe.lang.runtime.PyBytesLike b) {
            out.append(new String(b.bytesView(), java.nio.charset.StandardCharsets.ISO_8859_1));
        } else if (piece instanceof PyNone) {
            // A function may return None for nothing.
        } else {
            throw PyErrors.typeError("sequence item " + item + ": expected " + (text ? "str instance" : "a bytes-like object")
                    + ", " + piece.type().name() + " found");
        }
    }

    PyList split(Interpreter in, PyObject string, long maxsplit) {
        Span s = span(in, string, null, null);
        List<PyObject> out = new ArrayList<>();
        int last = 0;
        if (maxsplit >= 0) {
            for (PyMatch m : all(in, s, maxsplit)) {
                out.add(s.subject.slice(last, m.start(0)));
                for (int g = 1; g <= m.groupCount(); g++) {
                    out.add(m.group(g, PyNone.NONE));
                }
                last = m.end(0);
            }
        }
        out.add(s.subject.slice(last, s.subject.length()));
        return new PyList(out.toArray(new PyObject[0]));
    }

    /** An iterator over finditer's matches (found all at once; the text cannot change under it). */
    PyObject finditer(Interpreter in, Span s) {
        return new PyList(all(in, s, 0).toArray(new PyObject[0])).iter(in);
    }

    // ---------------------------------------------------------------- the methods

    static {
        for (String name : List.of("match", "search", "fullmatch")) {
            Compiled.Anchor anchor = switch (name) {
                case "match" -> Compiled.Anchor.MATCH;
                case "search" -> Compiled.Anchor.SEARCH;
                default -> Compiled.Anchor.FULL;
            };
            TYPE.method(name, (in, self, a, k) -> {
                PyObject[] b = Args.bind(name, a, k, 1, "string", "pos", "endpos");
                PyPattern p = (PyPattern) self;
                return p.matchOne(in, p.span(in, b[0], b[1], b[2]), anchor);
            });
        }
        // Data attributes as the type's properties, so dir() and hasattr see them; getAttr answers.
        for (String attribute : List.of("pattern", "flags", "groups", "groupindex")) {
            TYPE.dict().put(attribute, new org.enchufe.lang.runtime.PyProperty(org.enchufe.lang.runtime.PyBuiltin.function(attribute,
                    (in, self, a, k) -> a[0].getAttr(in, attribute)), null, null));
        }
        TYPE.method("findall", (in, self, a, k) -> {
            PyObject[] b = Args.bind("findall", a, k, 1, "string", "pos", "endpos");
            PyPattern p = (PyPattern) self;
            return p.findall(in, p.span(in, b[0], b[1], b[2]));
        });
        TYPE.method("finditer", (in, self, a, k) -> {
            PyObject[] b = Args.bind("finditer", a, k, 1, "string", "pos", "endpos");
            PyPattern p = (PyPattern) self;
            return p.finditer(in, p.span(in, b[0], b[1], b[2]));
        });
        TYPE.method("sub", (in, self, a, k) -> {
            PyObject[] b = Args.bind("sub", a, k, 2, "repl", "string", "count");
            return ((PyPattern) self).subn(in, b[0], b[1], b[2] == null ? 0 : Ops.index(in, b[2])).items()[0];
        });
        TYPE.method("subn", (in, self, a, k) -> {
            PyObject[] b = Args.bind("subn", a, k, 2, "repl", "string", "count");
            return ((PyPattern) self).subn(in, b[0], b[1], b[2] == null ? 0 : Ops.index(in, b[2]));
        });
        TYPE.method("split", (in, self, a, k) -> {
            PyObject[] b = Args.bind("split", a, k, 1, "string", "maxsplit");
            return ((PyPattern) self).split(in, b[0], b[1] == null ? 0 : Ops.index(in, b[1]));
        });
        TYPE.method("scanner", (in, self, a, k) -> {
            PyObject[] b = Args.bind("scanner", a, k, 1, "string", "pos", "endpos");
            PyPattern p = (PyPattern) self;
            return new PyScanner(p, p.span(in, b[0], b[1], b[2]));
        });
        org.enchufe.lang.runtime.PyGenericAlias.classGetItem(TYPE);
    }
}
