package org.enchufe.kernel.modules;

import java.util.List;
import java.util.Map;

import org.enchufe.lang.runtime.PyBool;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyIntEnumMember;
import org.enchufe.lang.runtime.PyModule;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyType;

/**
 * The socket module's enums — AddressFamily, SocketKind, MsgFlag, AddressInfo — and the module's
 * constants, the enums' as their members, as CPython's socket.py builds them with IntEnum._convert_.
 */
final class SocketEnums {

    private SocketEnums() {
    }

    static final PyType ADDRESS_FAMILY = PyIntEnumMember.enumType("socket", "AddressFamily");
    static final PyType SOCKET_KIND = PyIntEnumMember.enumType("socket", "SocketKind");
    static final PyType MSG_FLAG = PyIntEnumMember.flagType("socket", "MsgFlag", PyIntEnumMember.FlagStyle.CONVERTED);
    static final PyType ADDRESS_INFO = PyIntEnumMember.flagType("socket", "AddressInfo", PyIntEnumMember.FlagStyle.CONVERTED);
    private static final Map<Long, PyObject> FAMILIES = members(ADDRESS_FAMILY, SocketConstants.FAMILIES);
    private static final Map<Long, PyObject> KINDS = members(SOCKET_KIND, SocketConstants.KINDS);
    private static final Map<Long, PyObject> MSG_FLAGS = members(MSG_FLAG, SocketConstants.MSG_FLAGS);
    private static final Map<Long, PyObject> ADDRESS_INFOS = members(ADDRESS_INFO, SocketConstants.ADDRESS_INFO);

    /** An enum's members by value; the first name of a value is its canonical one (AF_ROUTE is AF_NETLINK). */
    private static Map<Long, PyObject> members(PyType type, Object[][] table) {
        Map<Long, PyObject> out = new java.util.HashMap<>();
        for (Object[] row : table) {
            long value = (Long) row[1];
            out.putIfAbsent(value, new PyIntEnumMember(type, (String) row[0], value));
        }
        return out;
    }

    /** socket.AF_INET and friends: the AddressFamily member for {@code n}, or the plain int. */
    static PyObject family(long n) {
        return FAMILIES.getOrDefault(n, PyInt.of(n));
    }

    static PyObject kind(long n) {
        return KINDS.getOrDefault(n, PyInt.of(n));
    }


    /** Every constant of CPython's module on Linux x86-64 (SocketConstants), the enums' as their members. */
    static void constants(PyModule m) {
        Object[][][] tables = {SocketConstants.FAMILIES, SocketConstants.KINDS, SocketConstants.MSG_FLAGS,
            SocketConstants.ADDRESS_INFO, SocketConstants.PLAIN};
        List<Map<Long, PyObject>> enums = List.of(FAMILIES, KINDS, MSG_FLAGS, ADDRESS_INFOS);
        for (int t = 0; t < tables.length; t++) {
            for (Object[] row : tables[t]) {
                long value = (Long) row[1];
                m.add((String) row[0], t < enums.size() ? enums.get(t).get(value) : PyInt.of(value));
            }
        }
        m.add("AddressFamily", ADDRESS_FAMILY);
        m.add("SocketKind", SOCKET_KIND);
        m.add("MsgFlag", MSG_FLAG);
        m.add("AddressInfo", ADDRESS_INFO);
        m.add("has_ipv6", PyBool.TRUE);
    }
}
