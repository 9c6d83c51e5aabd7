package org.enchufe.lang.runtime;

import org.enchufe.lang.vm.Interpreter;

/**
 * {@code types.GenericAlias}: what {@code list[int]} or {@code dict[str, socket.socket]} makes, the
 * hints a student copies into annotations. It remembers its origin and arguments, prints as
 * written, compares and hashes by them, and calling it calls the origin ({@code list[int]()} is
 * {@code []}); any other attribute is the origin's. It is no class: {@code isinstance(x, list[int])}
 * is CPython's TypeError.
 */
public final class PyGenericAlias extends PyObject {

    public static final PyType TYPE = PyType.builtin("types", "GenericAlias");

    private final PyObject origin;
    private final PyTuple args;

    public PyGenericAlias(PyObject origin, PyObject args) {
        this.origin = origin;
        this.args = args instanceof PyTuple t ? t : PyTuple.of(args);
    }

    public PyObject origin() {
        return origin;
    }

    public PyTuple args() {
        return args;
    }

    /** {@code cls.__class_getitem__}: an implicit classmethod of list, dict, set, frozenset, tuple, re.Pattern… */
    public static void classGetItem(PyType owner) {
        owner.dict().put("__class_getitem__", new PyClassMethod(new PyBuiltin("__class_getitem__", owner,
                (in, cls, a, k) -> new PyGenericAlias(cls, Args.one("__class_getitem__", a, k)), true)));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr(Interpreter in) {
        StringBuilder out = new StringBuilder(item(in, origin)).append('[');
        PyObject[] items = args.items();
        if (items.length == 0) {
            out.append("()");
        }
        for (int i = 0; i < items.length; i++) {
            out.append(i == 0 ? "" : ", ").append(item(in, items[i]));
        }
        return out.append(']').toString();
    }

    /** How CPython 3.11 writes one part: {@code ...}, an alias as itself, a class or function by its qualified name. */
    static String item(Interpreter in, PyObject p) {
        if (p == PyNone.ELLIPSIS || p instanceof PyGenericAlias || p instanceof PyUnionType) {
            return p == PyNone.ELLIPSIS ? "..." : p.repr(in);
        }
        if (p instanceof PyType || p instanceof PyFunction) {
            String module = Ops.str(in, p.getAttr(in, "__module__"));
            String qualname = Ops.str(in, p.getAttr(in, "__qualname__"));
            return module.equals("builtins") ? qualname : module + "." + qualname;
        }
        return Ops.repr(in, p);
    }

    @Override
    public PyObject getAttr(Interpreter in, String name) {
        return switch (name) {
            case "__origin__" -> origin;
            case "__args__" -> args;
            case "__parameters__" -> PyTuple.EMPTY;
            case "__unpacked__" -> PyBool.FALSE;
            case "__class__" -> TYPE;
            case "__mro_entries__", "__reduce__", "__reduce_ex__", "__copy__", "__deepcopy__",
                    "__typing_unpacked_tuple_args__" -> Attributes.required(in, this, name);
            default -> origin.getAttr(in, name);
        };
    }

    @Override
    public PyObject getItem(Interpreter in, PyObject key) {
        throw PyErrors.typeError(repr(in) + " is not a generic class");
    }

    @Override
    public PyObject call(Interpreter in, PyObject[] callArgs, String[] kwnames) {
        PyObject made = in.call(origin, callArgs, kwnames);
        if (made instanceof PyInstance) {
            try {
                made.setAttr(in, "__orig_class__", this);
            } catch (PyRaise refused) {
                // CPython ignores an object that takes no attributes.
            }
        }
        return made;
    }

    @Override
    public boolean pyEquals(Interpreter in, PyObject other) {
        return other instanceof PyGenericAlias g && Ops.eq(in, origin, g.origin) && Ops.eq(in, args, g.args);
    }

    @Override
    public long hash(Interpreter in) {
        return Ops.hash(in, origin) ^ Ops.hash(in, args);
    }

    @Override
    public PyObject forkCopy(Forker fork) {
        return fork.remember(this, new PyGenericAlias(fork.copy(origin), fork.copy(args)));
    }

    static {
        TYPE.withConstructor((in, type, a, k) -> {
            if (k.length > 0) {
                throw PyErrors.typeError("GenericAlias() takes no keyword arguments");
            }
            if (a.length != 2) {
                throw PyErrors.typeError("GenericAlias expected 2 arguments, got " + a.length);
            }
            return new PyGenericAlias(a[0], a[1]);
        });
        TYPE.method("__mro_entries__", (in, self, a, k) -> PyTuple.of(((PyGenericAlias) self).origin));
        for (PyType t : new PyType[] {PyType.LIST, PyType.DICT, PyType.SET, PyType.FROZENSET, PyType.TUPLE, PyType.ENUMERATE}) {
            classGetItem(t);
        }
    }
}
