package org.enchufe.lang.runtime;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * An object's attributes seen from Java by name, stored in the very dict Python code sees as
 * {@code obj.__dict__}, so that {@code obj.__dict__["x"] = 1} and {@code obj.x = 1} are one thing.
 */
final class NamespaceMap extends AbstractMap<String, PyObject> {

    private final PyDict dict;

    NamespaceMap(PyDict dict) {
        this.dict = dict;
    }

    PyDict dict() {
        return dict;
    }

    @Override
    public PyObject get(Object key) {
        return key instanceof String s ? dict.map().get(PyStr.of(s)) : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String s && dict.map().containsKey(PyStr.of(s));
    }

    @Override
    public PyObject put(String key, PyObject value) {
        return dict.map().put(PyStr.of(key), value);
    }

    @Override
    public PyObject remove(Object key) {
        return key instanceof String s ? dict.map().remove(PyStr.of(s)) : null;
    }

    @Override
    public int size() {
        return dict.size();
    }

    @Override
    public Set<Map.Entry<String, PyObject>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, PyObject>> iterator() {
                Iterator<Map.Entry<PyObject, PyObject>> source = dict.map().entrySet().stream()
                        .filter(e -> e.getKey() instanceof PyStr).iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return source.hasNext();
                    }

                    @Override
                    public Map.Entry<String, PyObject> next() {
                        Map.Entry<PyObject, PyObject> e = source.next();
                        return new SimpleEntry<>(((PyStr) e.getKey()).value(), e.getValue());
                    }
                };
            }

            @Override
            public int size() {
                return dict.size();
            }
        };
    }
}
