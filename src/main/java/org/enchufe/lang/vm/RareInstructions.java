package org.enchufe.lang.vm;

import java.util.Arrays;

import org.enchufe.lang.Code;
import org.enchufe.lang.runtime.Attributes;
import org.enchufe.lang.runtime.Builtins;
import org.enchufe.lang.runtime.ExceptionTypes;
import org.enchufe.lang.runtime.Formatter;
import org.enchufe.lang.runtime.PyBool;
import org.enchufe.lang.runtime.PyBuiltin;
import org.enchufe.lang.runtime.PyCell;
import org.enchufe.lang.runtime.PyDict;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyException;
import org.enchufe.lang.runtime.PyFunction;
import org.enchufe.lang.runtime.PyInstance;
import org.enchufe.lang.runtime.PyList;
import org.enchufe.lang.runtime.PyModule;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyRaise;
import org.enchufe.lang.runtime.PySet;
import org.enchufe.lang.runtime.PySlice;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.runtime.PyTuple;
import org.enchufe.lang.runtime.Ops;

import static org.enchufe.lang.Opcode.*;

/**
 * The instructions a program runs seldom in its inner loops: deleting names, building sets,
 * dicts and f-strings, imports, classes, with-blocks and except clauses. The run loop hands
 * them here so that its own method stays small enough for the JIT to compile whole, with the
 * hot instructions' callees inlined (a loop holding every instruction hit C2's node limit and
 * stopped inlining dict lookups).
 */
final class RareInstructions {

    private RareInstructions() {
    }

    /**
     * Executes {@code op} on frame {@code f} whose value stack is filled to {@code sp} (its pc
     * already stored), and returns the new stack depth. Never changes frames.
     */
    static int execute(Interpreter in, ThreadState ts, Frame f, int op, int arg, int sp) {
        PyObject[] stack = f.stack;
        Code code = f.code;
        switch (op) {
            case ROT_THREE -> {
                PyObject t = stack[sp - 1];
                stack[sp - 1] = stack[sp - 2];
                stack[sp - 2] = stack[sp - 3];
                stack[sp - 3] = t;
            }
            case DUP_TOP_TWO -> {
                stack[sp] = stack[sp - 2];
                stack[sp + 1] = stack[sp - 1];
                sp += 2;
            }
            case DELETE_FAST -> {
                if (stack[f.base + arg] == null) {
                    throw in.unboundLocal(code.varnames[arg]);
                }
                stack[f.base + arg] = null;
            }
            case DELETE_GLOBAL -> {
                if (f.globals.map().remove(PyStr.of(code.names[arg])) == null) {
                    throw PyErrors.nameError(code.names[arg]);
                }
            }
            case DELETE_NAME -> {
                if (f.locals.map().remove(PyStr.of(code.names[arg])) == null) {
                    throw PyErrors.nameError(code.names[arg]);
                }
            }
            case LOAD_CLASSDEREF -> {
                String name = arg < code.cellvars.length ? code.cellvars[arg] : code.freevars[arg - code.cellvars.length];
                PyObject v = f.locals.getStr(name);
                if (v == null) {
                    v = f.cells[arg].value;
                }
                if (v == null) {
                    throw in.unboundDeref(code, arg);
                }
                stack[sp++] = v;
            }
            case DELETE_DEREF -> {
                if (f.cells[arg].value == null) {
                    throw in.unboundDeref(code, arg);
                }
                f.cells[arg].value = null;
            }
            case LOAD_CLOSURE -> stack[sp++] = f.cells[arg];
            case DELETE_ATTR -> stack[--sp].delAttr(in, code.names[arg]);
            case DELETE_SUBSCR -> {
                PyObject key = stack[--sp];
                Ops.delItem(in, stack[--sp], key);
            }
            case BUILD_SLICE -> {
                PyObject step = arg == 3 ? stack[--sp] : PyNone.NONE;
                PyObject upper = stack[--sp];
                PyObject lower = stack[--sp];
                stack[sp++] = new PySlice(lower, upper, step);
            }
            case BUILD_SET -> {
                PySet set = new PySet(false);
                for (int i = sp - arg; i < sp; i++) {
                    set.add(in, stack[i]);
                }
                sp -= arg;
                stack[sp++] = set;
            }
            case BUILD_MAP -> {
                PyDict dict = new PyDict();
                for (int i = sp - 2 * arg; i < sp; i += 2) {
                    dict.setItem(in, stack[i], stack[i + 1]);
                }
                sp -= 2 * arg;
                stack[sp++] = dict;
            }
            case BUILD_STRING -> {
                StringBuilder text = new StringBuilder();
                int bytesPerChar = 1;
                for (int i = sp - arg; i < sp; i++) {
                    text.append(((PyStr) stack[i]).value());
                    bytesPerChar = Math.max(bytesPerChar, ((PyStr) stack[i]).bytesPerChar());
                }
                sp -= arg;
                in.accountText(text.length(), bytesPerChar);
                org.enchufe.lang.runtime.Cost.bulk(in, text.length());
                stack[sp++] = PyStr.of(text.toString());
            }
            case SET_ADD -> {
                PyObject v = stack[--sp];
                ((PySet) stack[sp - arg]).add(in, v);
            }
            case MAP_ADD -> {
                PyObject v = stack[--sp];
                PyObject k = stack[--sp];
                ((PyDict) stack[sp - arg]).setItem(in, k, v);
            }
            case LIST_EXTEND -> {
                PyObject v = stack[--sp];
                PyObject[] items;
                try {
                    items = Ops.toArray(in, v);
                } catch (PyRaise e) {
                    if (e.exception().type() == ExceptionTypes.TYPE_ERROR && !(v instanceof PyInstance)) {
                        throw PyErrors.typeError("Value after * must be an iterable, not " + v.type().name());
                    }
                    throw e;
                }
                ((PyList) stack[sp - arg]).extend(items);
            }
            case SET_UPDATE -> {
                PyObject v = stack[--sp];
                ((PySet) stack[sp - arg]).update(in, v);
            }
            case DICT_UPDATE, DICT_MERGE -> {
                PyObject v = stack[--sp];
                PyDict target = (PyDict) stack[sp - arg];
                if (!(v instanceof PyDict) && Attributes.lookupSpecial(in, v, "keys") != null) {
                    // A mapping that is not a dict ({**counts} of a Counter): its keys() and [k], as CPython.
                    PyDict copy = new PyDict();
                    copy.update(in, v, new PyObject[0], new String[0], "dict");
                    v = copy;
                }
                if (!(v instanceof PyDict source)) {
                    if (op == DICT_MERGE) {
                        throw PyErrors.typeError("argument after ** must be a mapping, not " + v.type().name());
                    }
                    throw PyErrors.typeError("'" + v.type().name() + "' object is not a mapping");
                }
                if (op == DICT_MERGE) {
                    for (PyObject key : source.map().keySet()) {
                        if (target.map().containsKey(key)) {
                            throw PyErrors.typeError("got multiple values for keyword argument '" + Ops.str(in, key) + "'");
                        }
                    }
                }
                target.map().putAll(source.map());
            }
            case LIST_TO_TUPLE -> stack[sp - 1] = PyTuple.of(((PyList) stack[sp - 1]).toArray());
            case UNPACK_EX -> {
                int before = arg & 0xFFFF;
                int after = arg >> 16;
                PyObject seq = stack[--sp];
                PyObject[] items = in.unpackItems(seq, before + after, before);
                PyObject[] middle = Arrays.copyOfRange(items, before, items.length - after);
                for (int i = items.length - 1; i >= items.length - after; i--) {
                    stack[sp++] = items[i];
                }
                stack[sp++] = new PyList(middle);
                for (int i = before - 1; i >= 0; i--) {
                    stack[sp++] = items[i];
                }
            }
            case FORMAT_VALUE -> {
                PyObject spec = (arg & 4) != 0 ? stack[--sp] : null;
                PyObject value = stack[sp - 1];
                value = switch (arg & 3) {
                    case 1 -> PyStr.of(Ops.str(in, value));
                    case 2 -> PyStr.of(Ops.repr(in, value));
                    case 3 -> PyStr.of(Builtins.ascii(Ops.repr(in, value)));
                    default -> value;
                };
                String specText = spec == null ? "" : ((PyStr) spec).value();
                stack[sp - 1] = value instanceof PyStr s && specText.isEmpty() ? s
                        : PyStr.of(Formatter.formatValue(in, value, specText));
            }
            case MAKE_FUNCTION -> {
                Code fnCode = (Code) stack[--sp];
                PyCell[] closure = null;
                if ((arg & FN_CLOSURE) != 0) {
                    PyObject[] cellObjects = ((PyTuple) stack[--sp]).items();
                    closure = new PyCell[cellObjects.length];
                    for (int i = 0; i < closure.length; i++) {
                        closure[i] = (PyCell) cellObjects[i];
                    }
                }
                PyDict kwDefaults = (arg & FN_KWDEFAULTS) != 0 ? (PyDict) stack[--sp] : null;
                PyObject[] defaults = (arg & FN_DEFAULTS) != 0 ? ((PyTuple) stack[--sp]).items() : null;
                stack[sp++] = new PyFunction(fnCode, f.globals, defaults, kwDefaults, closure);
            }
            case LOAD_BUILD_CLASS -> stack[sp++] = in.builtins().getStr("__build_class__");
            case IMPORT_NAME -> {
                PyObject fromlist = stack[--sp];
                stack[--sp] = null;
                String name = code.names[arg];
                PyModule module = in.importModule(name);
                if (fromlist == PyNone.NONE && name.contains(".")) {
                    module = in.importModule(name.substring(0, name.indexOf('.')));
                }
                stack[sp++] = module;
            }
            case IMPORT_FROM -> {
                PyObject module = stack[sp - 1];
                String name = code.names[arg];
                PyObject value;
                try {
                    value = module.getAttr(in, name);
                } catch (PyRaise e) {
                    String moduleName = module instanceof PyModule m ? m.name() : "?";
                    PyObject sub = in.hasModule(moduleName + "." + name)
                            ? in.importModule(moduleName + "." + name) : null;
                    if (sub == null) {
                        PyException ie = PyException.of(ExceptionTypes.IMPORT_ERROR, "cannot import name '" + name
                                + "' from '" + moduleName + "' (unknown location)");
                        throw new PyRaise(ie);
                    }
                    value = sub;
                }
                stack[sp++] = value;
            }
            case IMPORT_STAR -> {
                PyModule module = (PyModule) stack[--sp];
                PyDict target = f.locals;
                PyObject all = module.dict().getStr("__all__");
                if (all != null) {
                    for (PyObject name : Ops.toArray(in, all)) {
                        target.put(name, module.getAttr(in, Ops.str(in, name)));
                    }
                } else {
                    module.dict().map().forEach((k, v) -> {
                        if (!((PyStr) k).value().startsWith("_")) {
                            target.put(k, v);
                        }
                    });
                }
            }
            case PUSH_EXC_INFO -> {
                PyException exc = (PyException) stack[sp - 1];
                ts.handled.add(exc);
                f.pushBlock(Frame.BLOCK_HANDLER, 0, sp - 1);
            }
            case POP_EXCEPT -> {
                f.blockCount--;
                ts.handled.removeLast();
            }
            case CHECK_EXC_MATCH -> {
                // Stack: exc, type → exc, matched. The exception stays for the handler.
                PyObject type = stack[--sp];
                boolean matched = in.exceptionMatches((PyException) stack[sp - 1], type);
                stack[sp++] = PyBool.of(matched);
            }
            case BEFORE_WITH -> {
                PyObject manager = stack[--sp];
                PyObject enter = Attributes.lookupSpecial(in, manager, "__enter__");
                PyObject exit = Attributes.lookupSpecial(in, manager, "__exit__");
                if (enter == null || exit == null) {
                    throw PyErrors.typeError("'" + manager.type().name() + "' object does not support the context "
                            + "manager protocol");
                }
                stack[sp++] = exit;
                f.sp = sp;
                stack[sp++] = in.call(enter, new PyObject[0], PyBuiltin.NO_KEYWORDS);
            }
            case WITH_EXIT -> {
                if (arg == 0) {
                    PyObject exit = stack[--sp];
                    f.sp = sp;
                    in.call(exit, new PyObject[] {PyNone.NONE, PyNone.NONE, PyNone.NONE}, PyBuiltin.NO_KEYWORDS);
                } else {
                    PyException exc = (PyException) stack[sp - 1];
                    PyObject exit = stack[sp - 2];
                    f.sp = sp;
                    PyObject r = in.call(exit, new PyObject[] {exc.type(), exc, PyNone.NONE}, PyBuiltin.NO_KEYWORDS);
                    stack[sp++] = PyBool.of(Ops.truthy(in, r));
                }
            }
            case LOAD_ASSERTION_ERROR -> stack[sp++] = ExceptionTypes.ASSERTION_ERROR;
            case RAISE_UNSUPPORTED -> throw PyErrors.notImplemented(((PyStr) stack[--sp]).value());
            default -> throw new IllegalStateException("unknown opcode " + op);
        }
        return sp;
    }
}
