package org.enchufe.lessons;

import java.util.List;
import java.util.Map;

import org.enchufe.events.Event;
import org.enchufe.events.Sockaddr;
import org.enchufe.lang.runtime.PyBool;
import org.enchufe.lang.runtime.PyBytes;
import org.enchufe.lang.runtime.PyDict;
import org.enchufe.lang.runtime.PyFloat;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyList;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.runtime.PyTuple;

/**
 * The recorded events as the Python objects a {@code python} goal's {@code check(events)} reads:
 * a list of dicts ({@link PythonCheck#dict}), built directly from the VM's runtime types —
 * strings, ints, bytes, addresses as {@code (host, port)} tuples, None — with nothing to parse.
 */
final class PyEvents {

    private PyEvents() {
    }

    static PyList list(List<Event> events) {
        PyObject[] items = new PyObject[events.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = value(PythonCheck.dict(events.get(i)));
        }
        return new PyList(items);
    }

    /** One value of an event's dict as Python sees it. */
    static PyObject value(Object value) {
        return switch (value) {
            case null -> PyNone.NONE;
            case Boolean b -> PyBool.of(b);
            case Integer i -> PyInt.of(i);
            case Long l -> PyInt.of(l);
            case Double d -> PyFloat.of(d);
            case Float f -> PyFloat.of(f);
            case Number n -> PyInt.of(n.longValue());
            case String s -> PyStr.of(s);
            case byte[] bytes -> new PyBytes(bytes);
            case Sockaddr.Inet inet -> PyTuple.of(PyStr.of(inet.host()), PyInt.of(inet.port()));
            case Sockaddr.Unix unix -> PyStr.of(unix.path());
            case Map<?, ?> map -> {
                PyDict dict = new PyDict();
                map.forEach((k, v) -> dict.putStr(String.valueOf(k), value(v)));
                yield dict;
            }
            case List<?> list -> {
                PyObject[] items = new PyObject[list.size()];
                for (int i = 0; i < items.length; i++) {
                    items[i] = value(list.get(i));
                }
                yield new PyList(items);
            }
            default -> PyStr.of(String.valueOf(value));
        };
    }
}
