package org.enchufe.lang.runtime;

import java.util.Map;

import org.enchufe.lang.vm.Interpreter;

/**
 * Python's attribute lookup: data descriptors (properties) on the class first, then the object's
 * own attributes, then what the class defines — functions binding to the object as methods.
 */
public final class Attributes {

    private Attributes() {
    }

    /** The object's own attribute dictionary, or null if it has none. */
    static Map<String, PyObject> ownDict(PyObject o) {
        return switch (o) {
            case PyInstance i -> i.attrs();
            case PyException e -> e.attrs();
            case PyFunction f -> f.attrs();
            case PySimpleNamespace n -> n.attrs();
            default -> null;
        };
    }

    /** {@link #generic}, or the AttributeError for a name it does not find: object.__getattribute__. */
    public static PyObject required(Interpreter in, PyObject o, String name) {
        PyObject found = generic(in, o, name);
        if (found == null) {
            throw missing(in, o, name);
        }
        return found;
    }

    /** The attribute, or null when there is none (the caller raises AttributeError). */
    public static PyObject generic(Interpreter in, PyObject o, String name) {
        PyType type = o.type();
        if (o instanceof PyInstance instance && !type.hooks().properties()) {
            // No property can come first: the instance's own attribute, when it has one, is the answer.
            PyObject value = instance.attrs().get(name);
            if (value != null) {
                return value;
            }
        }
        PyObject descriptor = type.lookup(name);
        if (descriptor instanceof PyProperty property) {
            return property.get(in, o);
        }
        if (descriptor instanceof PyGetSet) {
            // What the object answers itself (BaseException.args, OSError.errno): it has none.
            descriptor = null;
        }
        Map<String, PyObject> own = ownDict(o);
        if (own != null) {
            PyObject value = own.get(name);
            if (value != null) {
                return value;
            }
        }
        if (descriptor != null) {
            return bind(in, descriptor, o, type);
        }
        if (name.equals("__class__")) {
            return type;
        }
        if (name.equals("__dict__") && o instanceof PyInstance instance) {
            return instance.dict();
        }
        if (name.equals("__dict__") && own != null) {
            PyDict d = new PyDict();
            own.forEach((k, v) -> d.put(PyStr.of(k), v));
            return d;
        }
        PyObject inherited = PyType.OBJECT.dict().get(name);
        if (inherited != null && !(inherited instanceof PyGetSet)) {
            return bind(in, inherited, o, type);
        }
        if (o instanceof PyInstance || o instanceof PyException && !type.isBuiltin()) {
            PyObject getattr = type.lookup("__getattr__");
            if (getattr != null) {
                return in.call(getattr, new PyObject[] {o, PyStr.of(name)}, PyBuiltin.NO_KEYWORDS);
            }
        }
        return null;
    }

    static PyObject bind(Interpreter in, PyObject descriptor, PyObject self, PyType type) {
        return switch (descriptor) {
            case PyFunction f -> new PyMethod(self, f);
            case PyBuiltin b when b.isMethod() -> new PyMethod(self, b);
            case PyClassMethod c -> new PyMethod(type, c.function());
            case PyStaticMethod s -> s.function();
            default -> descriptor;
        };
    }

    /** An attribute found on a class, seen through the class: functions stay plain functions. */
    public static PyObject bindForClass(Interpreter in, PyObject found, PyType cls) {
        return switch (found) {
            case PyClassMethod c -> new PyMethod(cls, c.function());
            case PyStaticMethod s -> s.function();
            case PyProperty p -> p;
            default -> found;
        };
    }

    /** Sets through a property's setter if the class has one; false when there is none. */
    public static boolean setViaDescriptor(Interpreter in, PyObject o, String name, PyObject value) {
        PyObject descriptor = o.type().lookup(name);
        if (descriptor instanceof PyProperty property) {
            property.set(in, o, value);
            return true;
        }
        return false;
    }

    /** Deletes through a property's deleter if the class has a property of that name; false when it has none. */
    public static boolean deleteViaDescriptor(Interpreter in, PyObject o, String name) {
        if (o.type().lookup(name) instanceof PyProperty property) {
            property.delete(in, o);
            return true;
        }
        return false;
    }

    /** A special method bound to the object, looked up on its class only, or null. */
    public static PyObject lookupSpecial(Interpreter in, PyObject o, String name) {
        PyObject found = o.type().lookup(name);
        return found == null ? null : bind(in, found, o, o.type());
    }

    public static PyRaise missing(Interpreter in, PyObject o, String name) {
        PyException e;
        if (o instanceof PyModule m) {
            e = PyException.of(ExceptionTypes.ATTRIBUTE_ERROR, "module '" + m.name() + "' has no attribute '" + name + "'");
        } else {
            e = PyException.of(ExceptionTypes.ATTRIBUTE_ERROR, "'" + o.type().name() + "' object has no attribute '" + name + "'");
        }
        e.setAttr("name", PyStr.of(name));
        e.setAttr("obj", o);
        return new PyRaise(e);
    }
}
