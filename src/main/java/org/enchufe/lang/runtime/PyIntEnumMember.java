package org.enchufe.lang.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.enchufe.lang.ast.Operator;
import org.enchufe.lang.vm.Interpreter;

/**
 * A member of an IntEnum or IntFlag a module defines, such as {@code socket.AF_INET} or
 * {@code re.IGNORECASE}: an int everywhere (arithmetic, comparison, hashing), whose {@code repr}
 * and {@code .name} say what it is: {@code <AddressFamily.AF_INET: 2>}. A flag's {@code | & ^ ~}
 * give flags again, named by their bits as CPython 3.11 names them
 * ({@code <MsgFlag.MSG_PEEK|MSG_DONTWAIT: 66>}); {@link FlagStyle} says how a flag class prints.
 */
public final class PyIntEnumMember extends PyInt {

    /** How an IntFlag class prints, after the two kinds a course program meets. */
    public enum FlagStyle {
        /**
         * socket's ({@code IntFlag._convert_}): members in order of value, {@code repr}
         * {@code <MsgFlag.MSG_PEEK|MSG_DONTWAIT: 66>}, {@code str} the number, unknown bits in decimal.
         */
        CONVERTED,
        /**
         * re's ({@code @global_enum}, {@code __str__ = object.__str__}): members in order of
         * definition, {@code repr} and {@code str} {@code re.IGNORECASE|re.MULTILINE}, unknown bits in hex.
         */
        GLOBAL
    }

    /** An enum class's kind (null: an IntEnum) and its canonical members by value, in order of definition. */
    private record EnumClass(FlagStyle flags, Map<Long, PyIntEnumMember> members) {
    }

    private static final Map<PyType, EnumClass> CLASSES = new ConcurrentHashMap<>();

    private final PyType enumType;
    /** Null for a flag with no member's bits, {@code <MsgFlag: 0>}. */
    private final String name;

    /** A member as its module defines it; the first name given a value is its canonical one, as for an enum's aliases. */
    public PyIntEnumMember(PyType enumType, String name, long value) {
        super(value, null);
        this.enumType = enumType;
        this.name = name;
        EnumClass known = CLASSES.get(enumType);
        if (known != null) {
            synchronized (known.members()) {
                known.members().putIfAbsent(value, this);
            }
        }
    }

    /** A combination of a flag class's bits that is no member of its own. */
    private PyIntEnumMember(long value, PyType enumType, String name) {
        super(value, null);
        this.enumType = enumType;
        this.name = name;
    }

    /** An IntEnum class of a module, e.g. {@code socket.AddressFamily}; calling it with a value gives that member. */
    public static PyType enumType(String module, String name) {
        PyType type = PyType.builtin(module, name, PyType.INT).describedAs("enum");
        CLASSES.put(type, new EnumClass(null, new LinkedHashMap<>()));
        return type.withConstructor((in, t, a, k) -> {
            long value = valueOf(in, Args.one(name, a, k), type);
            PyIntEnumMember member = members(type).get(value);
            if (member == null) {
                throw notValid(in, PyInt.of(value), name);
            }
            return member;
        });
    }

    /** An IntFlag class of a module, e.g. {@code socket.MsgFlag}; calling it with any int gives that flag. */
    public static PyType flagType(String module, String name, FlagStyle style) {
        PyType type = PyType.builtin(module, name, PyType.INT).describedAs("flag");
        CLASSES.put(type, new EnumClass(style, new LinkedHashMap<>()));
        return type.withConstructor((in, t, a, k) -> flag(type, valueOf(in, Args.one(name, a, k), type)));
    }

    private static long valueOf(Interpreter in, PyObject value, PyType type) {
        if (value instanceof PyIntEnumMember m && m.enumType == type) {
            return m.value;
        }
        if (!(value instanceof PyInt i) || value instanceof PyBool || !i.isSmall()) {
            throw notValid(in, value, type.name());
        }
        return i.asLong();
    }

    private static PyRaise notValid(Interpreter in, PyObject value, String type) {
        return PyErrors.raise(ExceptionTypes.VALUE_ERROR, value.repr(in) + " is not a valid " + type);
    }

    private static Map<Long, PyIntEnumMember> members(PyType type) {
        EnumClass known = CLASSES.get(type);
        return known == null ? Map.of() : known.members();
    }

    public boolean isFlag() {
        return flagStyle() != null;
    }

    private FlagStyle flagStyle() {
        EnumClass known = CLASSES.get(enumType);
        return known == null ? null : known.flags();
    }

    /**
     * The flag of {@code type} with {@code value}: its member, or a combination named by the members
     * whose bits it has (and the bits no member has), as CPython's {@code Flag._missing_} with
     * {@code boundary=KEEP}. A negative value is counted within the class's bits, as {@code ~} needs.
     */
    static PyIntEnumMember flag(PyType type, long value) {
        EnumClass known = CLASSES.get(type);
        List<PyIntEnumMember> members;
        synchronized (known.members()) {
            members = new ArrayList<>(known.members().values());
        }
        if (known.flags() == FlagStyle.CONVERTED) {
            members.sort(Comparator.comparingLong(PyInt::asLong));
        }
        long mask = 0;
        for (PyIntEnumMember m : members) {
            mask |= m.value;
        }
        if (value < 0) {
            long allBits = mask == 0 ? 0 : (Long.highestOneBit(mask) << 1) - 1;
            long span = 64 - Long.numberOfLeadingZeros(-value);
            value = Math.max(allBits + 1, 1L << span) + value;
        }
        for (PyIntEnumMember m : members) {
            if (m.value == value) {
                return m;
            }
        }
        StringBuilder names = new StringBuilder();
        long combined = 0;
        for (PyIntEnumMember m : members) {
            if (Long.bitCount(m.value) == 1 && (value & m.value) != 0) {
                names.append(names.isEmpty() ? "" : "|").append(m.name);
                combined |= m.value;
            }
        }
        long unknown = value ^ combined;
        if (combined != 0 && unknown != 0) {
            names.append('|').append(known.flags() == FlagStyle.GLOBAL ? "0x" + Long.toHexString(unknown) : Long.toString(unknown));
        }
        return new PyIntEnumMember(value, type, combined == 0 ? null : names.toString());
    }

    /**
     * {@code a | b}, {@code a & b}, {@code a ^ b} where a flag is involved: a flag of the left
     * operand's class, or of the right's when the left is a plain int (whose reflected method the
     * subclass wins); null when the result is a plain int.
     */
    static PyObject flagBinary(Operator op, PyObject a, PyObject b) {
        PyType type;
        if (a instanceof PyIntEnumMember m && m.isFlag()) {
            type = m.enumType;
        } else if (a.getClass() == PyInt.class && b instanceof PyIntEnumMember m && m.isFlag()) {
            type = m.enumType;
        } else {
            return null;
        }
        PyInt x = (PyInt) a;
        PyInt y = (PyInt) b;
        if (!x.isSmall() || !y.isSmall()) {
            return null;
        }
        long value = switch (op) {
            case BITOR -> x.value | y.value;
            case BITAND -> x.value & y.value;
            default -> x.value ^ y.value;
        };
        return flag(type, value);
    }

    /**
     * What iterating an enum class gives, or null for a class that is none: its members (a flag
     * class's single bits only) in the order CPython keeps them — by value for the classes
     * {@code _convert_} made (socket's, signal's), by definition for re's.
     */
    static List<PyIntEnumMember> classMembers(PyType type) {
        EnumClass known = CLASSES.get(type);
        if (known == null) {
            return null;
        }
        List<PyIntEnumMember> members;
        synchronized (known.members()) {
            members = new ArrayList<>(known.members().values());
        }
        if (known.flags() != FlagStyle.GLOBAL) {
            members.sort(Comparator.comparingLong(PyInt::asLong));
        }
        if (known.flags() != null) {
            members.removeIf(m -> Long.bitCount(m.value) != 1);
        }
        return members;
    }

    /** A flag's members, the bits it is made of: what {@code list(flag)} and {@code len(flag)} see. */
    private List<PyIntEnumMember> bits() {
        List<PyIntEnumMember> members = classMembers(enumType);
        members.removeIf(m -> (m.value & value) == 0);
        return members;
    }

    @Override
    public PyObject iter(Interpreter in) {
        if (!isFlag()) {
            return super.iter(in);
        }
        return new PyList(bits().toArray(new PyObject[0])).iter(in);
    }

    @Override
    public int len(Interpreter in) {
        return isFlag() ? bits().size() : super.len(in);
    }

    /** {@code member in flag}: whether the flag has all the member's bits; anything else is a TypeError, as 3.11's Flag. */
    @Override
    public boolean contains(Interpreter in, PyObject item) {
        if (!isFlag()) {
            return super.contains(in, item);
        }
        if (!(item instanceof PyIntEnumMember m) || m.enumType != enumType) {
            throw PyErrors.typeError("unsupported operand type(s) for 'in': '" + item.type().qualname() + "' and '"
                    + enumType.name() + "'");
        }
        return (m.value & value) == m.value;
    }

    /** {@code ~flag}: the class's other bits. */
    PyIntEnumMember inverted() {
        return flag(enumType, ~value);
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
        if (flagStyle() != FlagStyle.GLOBAL) {
            return name == null ? "<" + enumType.name() + ": " + value + ">" : "<" + enumType.name() + "." + name + ": " + value + ">";
        }
        String module = enumType.module();
        if (name == null) {
            return module + "." + enumType.name() + "(" + value + ")";
        }
        StringBuilder out = new StringBuilder();
        for (String part : name.split("\\|")) {
            out.append(out.isEmpty() ? "" : "|").append(Character.isDigit(part.charAt(0)) ? part : module + "." + part);
        }
        return out.toString();
    }

    @Override
    public String str(Interpreter in) {
        return flagStyle() == FlagStyle.GLOBAL ? repr(in) : Long.toString(value);
    }

    @Override
    public PyObject getAttr(Interpreter in, String attr) {
        return switch (attr) {
            case "name", "_name_" -> name == null ? PyNone.NONE : PyStr.of(name);
            case "value", "_value_" -> PyInt.of(value);
            default -> super.getAttr(in, attr);
        };
    }
}
