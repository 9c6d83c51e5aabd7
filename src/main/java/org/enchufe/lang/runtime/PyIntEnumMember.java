package org.enchufe.lang.runtime;

import org.enchufe.lang.vm.Interpreter;

/**
 * A member of an IntEnum a module defines, such as {@code socket.AF_INET}: an int everywhere
 * (arithmetic, comparison, hashing, {@code str} and {@code print} give the number, as in CPython
 * 3.11), whose {@code repr} and {@code .name} say what it is: {@code <AddressFamily.AF_INET: 2>}.
 */
public final class PyIntEnumMember extends PyInt {

    private final PyType enumType;
    private final String name;

    public PyIntEnumMember(PyType enumType, String name, long value) {
        super(value, null);
        this.enumType = enumType;
        this.name = name;
        // The first name given a value is its canonical one, as for an IntEnum's aliases.
        NAMES.computeIfAbsent(enumType, t -> new java.util.concurrent.ConcurrentHashMap<>()).putIfAbsent(value, name);
    }

    /** Each enum type's members by value: what calling the type with a number finds. */
    private static final java.util.Map<PyType, java.util.Map<Long, String>> NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    /** An IntEnum class of a module, e.g. {@code socket.AddressFamily}; calling it with a value gives that member. */
    public static PyType enumType(String module, String name) {
        PyType type = PyType.builtin(module, name, PyType.INT);
        return type.withConstructor((in, t, a, k) -> {
            PyObject value = Args.one(name, a, k);
            if (value instanceof PyIntEnumMember m && m.enumType == type) {
                return m;
            }
            String member = value instanceof PyInt i && !(value instanceof PyBool) && i.isSmall()
                    ? NAMES.getOrDefault(type, java.util.Map.of()).get(i.asLong()) : null;
            if (member == null) {
                throw PyErrors.raise(ExceptionTypes.VALUE_ERROR, value.repr(in) + " is not a valid " + name);
            }
            return new PyIntEnumMember(type, member, ((PyInt) value).asLong());
        });
    }

    public String name() {
        return name;
    }

    @Override
    public PyType type() {
        return enumType;
    }

    @Override
    public String repr(Interpreter in) {
        return "<" + enumType.name() + "." + name + ": " + value + ">";
    }

    @Override
    public String str(Interpreter in) {
        return Long.toString(value);
    }

    @Override
    public PyObject getAttr(Interpreter in, String attr) {
        return switch (attr) {
            case "name", "_name_" -> PyStr.of(name);
            case "value", "_value_" -> PyInt.of(value);
            default -> super.getAttr(in, attr);
        };
    }
}
