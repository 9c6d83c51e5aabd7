package org.enchufe.lang.runtime;

import java.util.Arrays;

import org.enchufe.lang.vm.Interpreter;

/**
 * A builtin module's named tuple, CPython's structseq: {@code time.struct_time}, {@code sys.flags},
 * {@code sys.float_info}. A tuple of its first fields (indexing, unpacking, comparing as a tuple);
 * every field, those past the tuple's end too ({@code tm_zone}, {@code tm_gmtoff}), an attribute.
 */
public final class PyStructSeq extends PyTuple {

    /** One structseq class: its type, its fields, and how many of them the tuple shows. */
    public static final class Kind {

        private final PyType type;
        private final String qualified;
        private final String[] fields;
        private final int visible;

        private Kind(String module, String name, int visible, String[] fields) {
            this.type = PyType.builtin(module, name, PyType.TUPLE);
            this.qualified = module + "." + name;
            this.fields = fields;
            this.visible = visible;
            PyGetSet.members(type, fields);
            type.dict().put("n_fields", PyInt.of(fields.length));
            type.dict().put("n_sequence_fields", PyInt.of(visible));
            type.dict().put("n_unnamed_fields", PyInt.of(0));
            PyObject[] matchArgs = new PyObject[visible];
            for (int i = 0; i < visible; i++) {
                matchArgs[i] = PyStr.of(fields[i]);
            }
            type.dict().put("__match_args__", PyTuple.of(matchArgs));
        }

        /** A class a program cannot call ({@code sys.flags}): "cannot create 'sys.flags' instances". */
        public static Kind of(String module, String name, int visible, String... fields) {
            return new Kind(module, name, visible, fields);
        }

        /** A class a program may call with a sequence of its fields, and a dict of the rest, as CPython's structseq_new. */
        public static Kind constructible(String module, String name, int visible, String... fields) {
            Kind kind = new Kind(module, name, visible, fields);
            kind.type.withConstructor((in, t, args, kw) -> kind.construct(in, args, kw));
            return kind;
        }

        public PyType type() {
            return type;
        }

        /** An object of this class from all its fields' values, in order. */
        public PyStructSeq make(PyObject... values) {
            if (values.length != fields.length) {
                throw new IllegalArgumentException(qualified + " has " + fields.length + " fields, not " + values.length);
            }
            return new PyStructSeq(this, Arrays.copyOf(values, visible), Arrays.copyOfRange(values, visible, fields.length));
        }

        private PyStructSeq construct(Interpreter in, PyObject[] args, String[] kwnames) {
            if (args.length == kwnames.length && !java.util.List.of(kwnames).contains("sequence")) {
                throw PyErrors.typeError("structseq() missing required argument 'sequence' (pos 1)");
            }
            PyObject[] bound = Args.bind("structseq", args, kwnames, 1, "sequence", "dict");
            // Any iterable will do, as PySequence_Fast takes it.
            PyObject iterator;
            try {
                iterator = Ops.iter(in, bound[0]);
            } catch (PyRaise notIterable) {
                if (!notIterable.exception().type().isSubtypeOf(ExceptionTypes.TYPE_ERROR)) {
                    throw notIterable;
                }
                throw PyErrors.typeError("constructor requires a sequence");
            }
            PyObject[] given = Ops.toArray(in, iterator);
            if (bound[1] != null && bound[1] != PyNone.NONE && !(bound[1] instanceof PyDict)) {
                throw PyErrors.typeError(qualified + "() takes a dict as second arg, if any");
            }
            if (given.length < visible || given.length > fields.length) {
                String sizes = "-sequence (" + given.length + "-sequence given)";
                throw PyErrors.typeError(qualified + (visible == fields.length ? "() takes a " + visible + sizes
                        : given.length < visible ? "() takes an at least " + visible + sizes
                        : "() takes an at most " + fields.length + sizes));
            }
            PyObject[] values = Arrays.copyOf(given, fields.length);
            for (int i = given.length; i < fields.length; i++) {
                PyObject named = bound[1] instanceof PyDict d ? d.getStr(fields[i]) : null;
                values[i] = named == null ? PyNone.NONE : named;
            }
            return make(values);
        }

        private int field(String name) {
            for (int i = 0; i < fields.length; i++) {
                if (fields[i].equals(name)) {
                    return i;
                }
            }
            return -1;
        }
    }

    private final Kind kind;
    /** The fields only attributes reach. */
    private final PyObject[] hidden;

    private PyStructSeq(Kind kind, PyObject[] visible, PyObject[] hidden) {
        super(visible);
        this.kind = kind;
        this.hidden = hidden;
    }

    /** A field by name: {@code tm_year}, {@code tm_zone}. */
    public PyObject field(String name) {
        int i = kind.field(name);
        return i < kind.visible ? items()[i] : hidden[i - kind.visible];
    }

    @Override
    public PyType type() {
        return kind.type;
    }

    @Override
    public PyObject getAttr(Interpreter in, String name) {
        int i = kind.field(name);
        if (i >= 0) {
            return i < kind.visible ? items()[i] : hidden[i - kind.visible];
        }
        PyObject found = Attributes.generic(in, this, name);
        if (found == null) {
            throw PyErrors.attributeError("'" + kind.qualified + "' object has no attribute '" + name + "'");
        }
        return found;
    }

    @Override
    public void setAttr(Interpreter in, String name, PyObject value) {
        if (kind.field(name) >= 0) {
            throw PyErrors.attributeError("readonly attribute");
        }
        throw PyErrors.attributeError("'" + kind.qualified + "' object has no attribute '" + name + "'");
    }

    @Override
    public void setItem(Interpreter in, PyObject key, PyObject value) {
        throw PyErrors.typeError("'" + kind.qualified + "' object does not support item assignment");
    }

    @Override
    public String repr(Interpreter in) {
        return in.guardRecursion(this, "(...)", () -> {
            StringBuilder out = new StringBuilder(kind.qualified).append('(');
            for (int i = 0; i < kind.visible; i++) {
                out.append(i == 0 ? "" : ", ").append(kind.fields[i]).append('=').append(Ops.repr(in, items()[i]));
            }
            return out.append(')').toString();
        });
    }

    @Override
    public PyObject forkCopy(Forker fork) {
        return fork.remember(this, new PyStructSeq(kind, fork.copyAll(items()), fork.copyAll(hidden)));
    }
}
