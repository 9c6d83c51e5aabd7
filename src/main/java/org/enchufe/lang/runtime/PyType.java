package org.enchufe.lang.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.enchufe.lang.vm.Interpreter;

/**
 * A Python class: the builtin ones (shared by every interpreter, immutable) and the ones a
 * program defines with {@code class} (its own, mutable). Attribute lookup follows the MRO.
 */
public final class PyType extends PyObject {

    /** Creates an instance when the type is called: {@code int("3")}, {@code socket.socket()}. */
    @FunctionalInterface
    public interface Constructor {
        PyObject construct(Interpreter in, PyType type, PyObject[] args, String[] kwnames);
    }

    public static final PyType OBJECT = new PyType("object", new PyType[0], null);
    public static final PyType TYPE = builtin("type");
    public static final PyType INT = builtin("int");
    public static final PyType BOOL = builtin("bool", INT);
    public static final PyType FLOAT = builtin("float");
    public static final PyType STR = builtin("str");
    public static final PyType BYTES = builtin("bytes");
    public static final PyType BYTEARRAY = builtin("bytearray");
    public static final PyType TUPLE = builtin("tuple");
    public static final PyType LIST = builtin("list");
    public static final PyType DICT = builtin("dict");
    public static final PyType SET = builtin("set");
    public static final PyType FROZENSET = builtin("frozenset");
    public static final PyType RANGE = builtin("range");
    public static final PyType SLICE = builtin("slice");
    public static final PyType NONE_TYPE = builtin("NoneType");
    public static final PyType NOT_IMPLEMENTED_TYPE = builtin("NotImplementedType");
    public static final PyType ELLIPSIS_TYPE = builtin("ellipsis");
    public static final PyType FUNCTION = builtin("function");
    public static final PyType BUILTIN_FUNCTION = builtin("builtin_function_or_method");
    public static final PyType METHOD = builtin("method");
    public static final PyType METHOD_DESCRIPTOR = builtin("method_descriptor");
    public static final PyType MODULE = builtin("module");
    public static final PyType CELL = builtin("cell");
    public static final PyType GENERATOR = builtin("generator");
    public static final PyType ITERATOR = builtin("iterator");
    public static final PyType CODE = builtin("code");
    public static final PyType PROPERTY = builtin("property");
    public static final PyType STATICMETHOD = builtin("staticmethod");
    public static final PyType CLASSMETHOD = builtin("classmethod");
    public static final PyType SUPER = builtin("super");
    public static final PyType MAP = builtin("map");
    public static final PyType FILTER = builtin("filter");
    public static final PyType ZIP = builtin("zip");
    public static final PyType ENUMERATE = builtin("enumerate");
    public static final PyType REVERSED = builtin("reversed");
    public static final PyType MEMORYVIEW = builtin("memoryview");

    private final String name;
    private String qualname;
    private String module;
    private final PyType[] bases;
    private PyType[] mro;
    private final Map<String, PyObject> dict = new LinkedHashMap<>();
    private final boolean builtin;
    private Constructor constructor;
    /** What the class's metaclass calls it in its repr: {@code class}, or {@code enum}/{@code flag} for enum's. */
    private String kind = "class";
    /** What {@link #hooks()} found, and when. */
    private Hooks hooks;

    /**
     * Counts changes, to any class, of a special method or a property — what {@link #hooks()}
     * caches. Assigning other class attributes ({@code Counter.total += 1}) does not count.
     */
    private static final java.util.concurrent.atomic.AtomicInteger HOOK_CHANGES = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * How this class's instances get and set attributes: whether the class (or a base) defines
     * its own {@code __getattribute__}, {@code __setattr__}, {@code __delattr__}, and whether any
     * class in its MRO has a property. Cached: attribute access asks on every instruction.
     */
    public record Hooks(int changes, boolean getattribute, boolean setattr, boolean delattr, boolean properties) {
    }

    private PyType(String name, PyType[] bases, Constructor constructor) {
        this.name = name;
        this.qualname = name;
        this.module = "builtins";
        this.bases = bases;
        this.builtin = true;
        this.constructor = constructor;
        this.mro = computeMro(this, bases);
    }

    /** A class defined by a program: {@code class Name(bases): …}. */
    public PyType(String name, String qualname, String module, PyType[] bases, Map<String, PyObject> namespace) {
        this.name = name;
        this.qualname = qualname;
        this.module = module;
        this.bases = bases.length == 0 ? new PyType[] {OBJECT} : bases;
        this.builtin = false;
        this.mro = computeMro(this, this.bases);
        this.dict.putAll(namespace);
        // __set_name__, for the one builtin descriptor that has it.
        namespace.forEach((attr, value) -> {
            if (value instanceof PyProperty property) {
                property.named(attr);
            }
        });
        for (PyType base : mro) {
            if (base.constructor != null && base != OBJECT) {
                this.constructor = base.constructor;
                break;
            }
        }
    }

    public static PyType builtin(String name, PyType... bases) {
        return new PyType(name, bases.length == 0 ? new PyType[] {OBJECT} : bases, null);
    }

    /** A builtin class belonging to a module, such as {@code socket.socket}. */
    public static PyType builtin(String module, String name, PyType... bases) {
        PyType type = builtin(name, bases);
        type.module = module;
        return type;
    }

    private static PyType[] computeMro(PyType self, PyType[] bases) {
        // C3 linearisation, as Python computes __mro__.
        List<List<PyType>> sequences = new ArrayList<>();
        for (PyType base : bases) {
            sequences.add(new ArrayList<>(List.of(base.mro)));
        }
        sequences.add(new ArrayList<>(List.of(bases)));
        List<PyType> result = new ArrayList<>();
        result.add(self);
        while (true) {
            sequences.removeIf(List::isEmpty);
            if (sequences.isEmpty()) {
                return result.toArray(new PyType[0]);
            }
            PyType candidate = null;
            for (List<PyType> seq : sequences) {
                PyType head = seq.getFirst();
                boolean inTail = sequences.stream().anyMatch(s -> s.indexOf(head) > 0);
                if (!inTail) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                StringBuilder names = new StringBuilder();
                for (PyType base : bases) {
                    names.append(names.isEmpty() ? "" : ", ").append(base.name);
                }
                throw PyErrors.typeError("Cannot create a consistent method resolution order (MRO) for bases " + names);
            }
            result.add(candidate);
            for (List<PyType> seq : sequences) {
                if (!seq.isEmpty() && seq.getFirst() == candidate) {
                    seq.removeFirst();
                }
            }
        }
    }

    public String name() {
        return name;
    }

    public String qualname() {
        return qualname;
    }

    /** The type's name in argument-rules.txt: {@code str}, or {@code socket.socket} outside builtins. */
    public String key() {
        return module == null || module.equals("builtins") ? name : module + "." + name;
    }

    public String module() {
        return module;
    }

    public PyType[] bases() {
        return bases;
    }

    public PyType[] mro() {
        return mro;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    public Constructor constructor() {
        return constructor;
    }

    public PyType withConstructor(Constructor constructor) {
        this.constructor = constructor;
        return this;
    }

    /** An enum class prints as its metaclass prints it: {@code <enum 'AddressFamily'>}, {@code <flag 'RegexFlag'>}. */
    public PyType describedAs(String metaclassKind) {
        this.kind = metaclassKind;
        return this;
    }

    public Map<String, PyObject> dict() {
        return dict;
    }

    /** Adds a method written in Java to a builtin type. */
    public PyType method(String methodName, NativeFn fn) {
        dict.put(methodName, new PyBuiltin(methodName, this, fn));
        return this;
    }

    public PyType staticMethod(String methodName, NativeFn fn) {
        dict.put(methodName, new PyBuiltin(methodName, this, fn, true));
        return this;
    }

    public Hooks hooks() {
        Hooks known = hooks;
        int changes = HOOK_CHANGES.get();
        if (known != null && known.changes() == changes) {
            return known;
        }
        boolean properties = false;
        for (PyType t : mro) {
            for (PyObject v : t.dict.values()) {
                properties |= v instanceof PyProperty;
            }
        }
        known = new Hooks(changes, ownHook("__getattribute__"), ownHook("__setattr__"), ownHook("__delattr__"), properties);
        hooks = known;
        return known;
    }

    /** Whether {@code name} is found and is not object's own (which needs no call to run). */
    private boolean ownHook(String name) {
        PyObject method = lookup(name);
        return method != null && !PyInstance.isObjects(method);
    }

    /** A class attribute changes: the classes' cached hooks are stale if it is a special method or a property. */
    private void changing(String attr, PyObject before, PyObject after) {
        if (attr.startsWith("__") || before instanceof PyProperty || after instanceof PyProperty) {
            HOOK_CHANGES.incrementAndGet();
        }
    }

    /**
     * What the operations dispatch to: the attribute as the MRO has it, leaving out {@code object}'s
     * own methods ({@link ObjectMethods}), whose behaviour is what the operations do when this
     * finds nothing. A class attribute, as a program reads it, is {@link #attribute}.
     */
    public PyObject lookup(String attr) {
        for (PyType t : mro) {
            if (t == OBJECT) {
                return null;
            }
            PyObject found = t.dict.get(attr);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The attribute as the MRO has it, {@code object}'s own included: {@code C.__init__}, {@code x.__eq__}. */
    public PyObject attribute(String attr) {
        PyObject found = lookup(attr);
        return found != null ? found : OBJECT.dict.get(attr);
    }

    public boolean isSubtypeOf(PyType other) {
        if (this == other || other == OBJECT) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** The nearest builtin type in the MRO: what an instance's storage is. */
    public PyType solidBase() {
        for (PyType t : mro) {
            if (t.builtin) {
                return t;
            }
        }
        return OBJECT;
    }

    public boolean isException() {
        return isSubtypeOf(ExceptionTypes.BASE_EXCEPTION);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject call(Interpreter in, PyObject[] args, String[] kwnames) {
        if (this == TYPE && args.length == 1 && kwnames.length == 0) {
            return args[0].type();
        }
        if (!builtin) {
            return in.instantiate(this, args, kwnames);
        }
        if (constructor == null) {
            throw PyErrors.typeError("cannot create '" + (module.equals("builtins") ? "" : module + ".") + name + "' instances");
        }
        return constructor.construct(in, this, args, kwnames);
    }

    @Override
    public PyObject getAttr(Interpreter in, String attr) {
        switch (attr) {
            case "__name__" -> { return PyStr.of(name); }
            case "__qualname__" -> { return PyStr.of(qualname); }
            case "__module__" -> { return PyStr.of(module); }
            case "__mro__" -> { return new PyTuple(mro.clone()); }
            case "__bases__" -> { return new PyTuple(bases.clone()); }
            case "__base__" -> { return bases.length > 0 ? bases[0] : PyNone.NONE; }
            case "__class__" -> { return TYPE; }
            case "__dict__" -> {
                PyDict d = new PyDict();
                dict.forEach((k, v) -> d.put(PyStr.of(k), v));
                return d;
            }
            case "__doc__" -> {
                PyObject doc = dict.get("__doc__");
                return doc != null ? doc : PyNone.NONE;
            }
            default -> { }
        }
        PyObject found = attribute(attr);
        if (found == null) {
            PyObject meta = TYPE.lookup(attr);
            if (meta instanceof PyBuiltin b) {
                return new PyMethod(this, b);
            }
            throw PyErrors.attributeError("type object '" + name + "' has no attribute '" + attr + "'");
        }
        return Attributes.bindForClass(in, found, this);
    }

    /**
     * {@code C[item]}: the class's {@code __class_getitem__}, a classmethod even when written as a
     * plain function; {@code type[int]} is an alias though type has no such method, as in CPython.
     */
    @Override
    public PyObject getItem(Interpreter in, PyObject key) {
        if (this == TYPE) {
            return new PyGenericAlias(this, key);
        }
        PyObject classGetItem = lookup("__class_getitem__");
        if (classGetItem == null) {
            throw PyErrors.typeError("type '" + name + "' is not subscriptable");
        }
        PyObject function = classGetItem instanceof PyClassMethod c ? c.function() : classGetItem;
        return new PyMethod(this, function).call(in, new PyObject[] {key}, PyBuiltin.NO_KEYWORDS);
    }

    /** An enum class iterates over its members ({@code for s in signal.Signals}); other classes do not. */
    @Override
    public PyObject iter(Interpreter in) {
        List<PyIntEnumMember> members = PyIntEnumMember.classMembers(this);
        if (members == null) {
            return super.iter(in);
        }
        return new PyList(members.toArray(new PyObject[0])).iter(in);
    }

    @Override
    public int len(Interpreter in) {
        List<PyIntEnumMember> members = PyIntEnumMember.classMembers(this);
        return members == null ? super.len(in) : members.size();
    }

    /** {@code socket.AF_INET in socket.AddressFamily}; what is no member is 3.11's TypeError (its DeprecationWarning not printed). */
    @Override
    public boolean contains(Interpreter in, PyObject item) {
        if (PyIntEnumMember.classMembers(this) == null) {
            return super.contains(in, item);
        }
        if (item instanceof PyIntEnumMember m && m.type() == this) {
            return true;
        }
        throw PyErrors.typeError("unsupported operand type(s) for 'in': '" + item.type().qualname() + "' and 'EnumType'");
    }

    @Override
    public void setAttr(Interpreter in, String attr, PyObject value) {
        if (builtin) {
            throw PyErrors.typeError("cannot set '" + attr + "' attribute of immutable type '" + name + "'");
        }
        if (attr.equals("__qualname__") && value instanceof PyStr s) {
            qualname = s.value();
            return;
        }
        changing(attr, dict.put(attr, value), value);
    }

    @Override
    public void delAttr(Interpreter in, String attr) {
        if (builtin) {
            throw PyErrors.typeError("cannot delete '" + attr + "' attribute of immutable type '" + name + "'");
        }
        PyObject removed = dict.remove(attr);
        if (removed == null) {
            throw PyErrors.attributeError(attr);
        }
        changing(attr, removed, null);
    }

    @Override
    public String repr(Interpreter in) {
        if (!kind.equals("class")) {
            return "<" + kind + " '" + name + "'>";
        }
        return "<class '" + (module.equals("builtins") ? "" : module + ".") + qualname + "'>";
    }

    @Override
    public long hash(Interpreter in) {
        return System.identityHashCode(this);
    }

    @Override
    public PyObject forkCopy(Forker fork) {
        if (builtin) {
            return this;
        }
        PyType[] copiedBases = new PyType[bases.length];
        for (int i = 0; i < bases.length; i++) {
            copiedBases[i] = fork.copy(bases[i]);
        }
        PyType copy = new PyType(name, qualname, module, copiedBases, Map.of());
        fork.remember(this, copy);
        dict.forEach((k, v) -> copy.dict.put(k, fork.copy(v)));
        return copy;
    }
}
