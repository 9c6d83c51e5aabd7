package org.enchufe.lang.modules.re;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.enchufe.lang.runtime.Args;
import org.enchufe.lang.runtime.PyBool;
import org.enchufe.lang.runtime.PyDict;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.runtime.PyTuple;
import org.enchufe.lang.runtime.PyType;
import org.enchufe.lang.vm.Interpreter;

/**
 * {@code re.Match}: where a pattern matched, its groups' spans in Python's indices (-1 for a group
 * that took no part), and the API CPython's match objects have.
 */
final class PyMatch extends PyObject {

    static final PyType TYPE = PyType.builtin("re", "Match");

    final PyPattern pattern;
    final Subject subject;
    final int pos;
    final int endpos;
    /** start and end of group g at 2g and 2g+1. */
    private final int[] spans;

    PyMatch(PyPattern pattern, Subject subject, int pos, int endpos, Matcher m) {
        this.pattern = pattern;
        this.subject = subject;
        this.pos = pos;
        this.endpos = endpos;
        int groups = pattern.compiled.translation().groups();
        spans = new int[2 * (groups + 1)];
        for (int g = 0; g <= groups; g++) {
            spans[2 * g] = subject.toPython(m.start(g));
            spans[2 * g + 1] = subject.toPython(m.end(g));
        }
    }

    int start(int g) {
        return spans[2 * g];
    }

    int end(int g) {
        return spans[2 * g + 1];
    }

    int groupCount() {
        return spans.length / 2 - 1;
    }

    /** Group g's text, or {@code otherwise} if it did not take part. */
    PyObject group(int g, PyObject otherwise) {
        return start(g) < 0 ? otherwise : subject.slice(start(g), end(g));
    }

    /** A group named by number or name, as {@code group()} and {@code start()} take it. */
    int index(Interpreter in, PyObject g) {
        if (g instanceof PyInt i && i.isSmall()) {
            long n = i.asLong();
            if (n >= 0 && n <= groupCount()) {
                return (int) n;
            }
        } else if (g instanceof PyStr s) {
            Integer n = pattern.compiled.translation().groupIndex().get(s.value());
            if (n != null) {
                return n;
            }
        }
        throw PyErrors.indexError("no such group");
    }

    /**
     * The group that closed last: of those that matched, the one ending furthest, and among
     * those the one whose ')' comes last in the pattern (an enclosing group closes after what it holds).
     */
    private int lastIndex() {
        int[] closeOrder = pattern.compiled.translation().closeOrder();
        int best = -1;
        for (int g = 1; g <= groupCount(); g++) {
            if (start(g) >= 0 && (best < 0 || end(g) > end(best) || end(g) == end(best) && closeOrder[g] > closeOrder[best])) {
                best = g;
            }
        }
        return best;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr(Interpreter in) {
        return "<re.Match object; span=(" + start(0) + ", " + end(0) + "), match=" + group(0, PyNone.NONE).repr(in) + ">";
    }

    @Override
    public PyObject getItem(Interpreter in, PyObject key) {
        return group(index(in, key), PyNone.NONE);
    }

    @Override
    public PyObject getAttr(Interpreter in, String name) {
        return switch (name) {
            case "string" -> subject.object();
            case "re" -> pattern;
            case "pos" -> PyInt.of(pos);
            case "endpos" -> PyInt.of(endpos);
            case "lastindex" -> {
                int last = lastIndex();
                yield last < 0 ? PyNone.NONE : PyInt.of(last);
            }
            case "lastgroup" -> {
                int last = lastIndex();
                String found = null;
                for (Map.Entry<String, Integer> e : pattern.compiled.translation().groupIndex().entrySet()) {
                    if (e.getValue() == last) {
                        found = e.getKey();
                    }
                }
                yield found == null ? PyNone.NONE : PyStr.of(found);
            }
            case "regs" -> {
                PyObject[] regs = new PyObject[groupCount() + 1];
                for (int g = 0; g < regs.length; g++) {
                    regs[g] = PyTuple.of(PyInt.of(start(g)), PyInt.of(end(g)));
                }
                yield PyTuple.of(regs);
            }
            default -> super.getAttr(in, name);
        };
    }

    static {
        TYPE.method("group", (in, self, a, k) -> {
            Args.noKeywords("group", k);
            PyMatch m = (PyMatch) self;
            if (a.length == 0) {
                return m.group(0, PyNone.NONE);
            }
            if (a.length == 1) {
                return m.group(m.index(in, a[0]), PyNone.NONE);
            }
            PyObject[] out = new PyObject[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = m.group(m.index(in, a[i]), PyNone.NONE);
            }
            return PyTuple.of(out);
        });
        TYPE.method("__getitem__", (in, self, a, k) -> self.getItem(in, Args.one("__getitem__", a, k)));
        TYPE.method("groups", (in, self, a, k) -> {
            PyObject[] b = Args.bind("groups", a, k, 0, "default");
            PyObject otherwise = b[0] == null ? PyNone.NONE : b[0];
            PyMatch m = (PyMatch) self;
            PyObject[] out = new PyObject[m.groupCount()];
            for (int g = 1; g <= out.length; g++) {
                out[g - 1] = m.group(g, otherwise);
            }
            return PyTuple.of(out);
        });
        TYPE.method("groupdict", (in, self, a, k) -> {
            PyObject[] b = Args.bind("groupdict", a, k, 0, "default");
            PyObject otherwise = b[0] == null ? PyNone.NONE : b[0];
            PyMatch m = (PyMatch) self;
            PyDict d = new PyDict();
            m.pattern.compiled.translation().groupIndex().entrySet().stream()
                    .sorted(Map.Entry.comparingByValue())
                    .forEach(e -> d.putStr(e.getKey(), m.group(e.getValue(), otherwise)));
            return d;
        });
        TYPE.method("start", (in, self, a, k) -> {
            PyMatch m = (PyMatch) self;
            return PyInt.of(m.start(m.groupArgument(in, "start", a, k)));
        });
        TYPE.method("end", (in, self, a, k) -> {
            PyMatch m = (PyMatch) self;
            return PyInt.of(m.end(m.groupArgument(in, "end", a, k)));
        });
        TYPE.method("span", (in, self, a, k) -> {
            PyMatch m = (PyMatch) self;
            int g = m.groupArgument(in, "span", a, k);
            return PyTuple.of(PyInt.of(m.start(g)), PyInt.of(m.end(g)));
        });
        TYPE.method("expand", (in, self, a, k) -> {
            PyMatch m = (PyMatch) self;
            PyObject template = Args.one("expand", a, k);
            return Template.parse(m.pattern, template).expand(m);
        });
        TYPE.method("__bool__", (in, self, a, k) -> PyBool.TRUE);
        // Data attributes as the type's properties, so dir() and hasattr see them; getAttr answers.
        for (String attribute : List.of("string", "re", "pos", "endpos", "lastindex", "lastgroup", "regs")) {
            TYPE.dict().put(attribute, new org.enchufe.lang.runtime.PyProperty(org.enchufe.lang.runtime.PyBuiltin.function(attribute,
                    (in, self, a, k) -> a[0].getAttr(in, attribute)), null, null));
        }
        org.enchufe.lang.runtime.PyGenericAlias.classGetItem(TYPE);
    }

    private int groupArgument(Interpreter in, String name, PyObject[] a, String[] k) {
        Args.noKeywords(name, k);
        Args.atMost(name, a, k, 1);
        return a.length == 0 ? 0 : index(in, a[0]);
    }
}
