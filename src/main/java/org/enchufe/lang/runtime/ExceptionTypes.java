package org.enchufe.lang.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

import org.enchufe.lang.vm.Interpreter;

/** Python's builtin exception hierarchy, with OSError's errno → subclass table. */
public final class ExceptionTypes {

    private ExceptionTypes() {
    }

    public static final PyType BASE_EXCEPTION = exc("BaseException", PyType.OBJECT);
    public static final PyType SYSTEM_EXIT = exc("SystemExit", BASE_EXCEPTION);
    public static final PyType KEYBOARD_INTERRUPT = exc("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyType GENERATOR_EXIT = exc("GeneratorExit", BASE_EXCEPTION);
    public static final PyType EXCEPTION = exc("Exception", BASE_EXCEPTION);
    public static final PyType STOP_ITERATION = exc("StopIteration", EXCEPTION);
    public static final PyType ARITHMETIC_ERROR = exc("ArithmeticError", EXCEPTION);
    public static final PyType FLOATING_POINT_ERROR = exc("FloatingPointError", ARITHMETIC_ERROR);
    public static final PyType OVERFLOW_ERROR = exc("OverflowError", ARITHMETIC_ERROR);
    public static final PyType ZERO_DIVISION_ERROR = exc("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyType ASSERTION_ERROR = exc("AssertionError", EXCEPTION);
    public static final PyType ATTRIBUTE_ERROR = exc("AttributeError", EXCEPTION);
    public static final PyType BUFFER_ERROR = exc("BufferError", EXCEPTION);
    public static final PyType EOF_ERROR = exc("EOFError", EXCEPTION);
    public static final PyType IMPORT_ERROR = exc("ImportError", EXCEPTION);
    public static final PyType MODULE_NOT_FOUND_ERROR = exc("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyType LOOKUP_ERROR = exc("LookupError", EXCEPTION);
    public static final PyType INDEX_ERROR = exc("IndexError", LOOKUP_ERROR);
    public static final PyType KEY_ERROR = exc("KeyError", LOOKUP_ERROR);
    public static final PyType MEMORY_ERROR = exc("MemoryError", EXCEPTION);
    public static final PyType NAME_ERROR = exc("NameError", EXCEPTION);
    public static final PyType UNBOUND_LOCAL_ERROR = exc("UnboundLocalError", NAME_ERROR);
    public static final PyType OS_ERROR = exc("OSError", EXCEPTION);
    public static final PyType BLOCKING_IO_ERROR = exc("BlockingIOError", OS_ERROR);
    public static final PyType CHILD_PROCESS_ERROR = exc("ChildProcessError", OS_ERROR);
    public static final PyType CONNECTION_ERROR = exc("ConnectionError", OS_ERROR);
    public static final PyType BROKEN_PIPE_ERROR = exc("BrokenPipeError", CONNECTION_ERROR);
    public static final PyType CONNECTION_ABORTED_ERROR = exc("ConnectionAbortedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_REFUSED_ERROR = exc("ConnectionRefusedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_RESET_ERROR = exc("ConnectionResetError", CONNECTION_ERROR);
    public static final PyType FILE_EXISTS_ERROR = exc("FileExistsError", OS_ERROR);
    public static final PyType FILE_NOT_FOUND_ERROR = exc("FileNotFoundError", OS_ERROR);
    public static final PyType INTERRUPTED_ERROR = exc("InterruptedError", OS_ERROR);
    public static final PyType IS_A_DIRECTORY_ERROR = exc("IsADirectoryError", OS_ERROR);
    public static final PyType NOT_A_DIRECTORY_ERROR = exc("NotADirectoryError", OS_ERROR);
    public static final PyType PERMISSION_ERROR = exc("PermissionError", OS_ERROR);
    public static final PyType PROCESS_LOOKUP_ERROR = exc("ProcessLookupError", OS_ERROR);
    public static final PyType TIMEOUT_ERROR = exc("TimeoutError", OS_ERROR);
    public static final PyType REFERENCE_ERROR = exc("ReferenceError", EXCEPTION);
    public static final PyType RUNTIME_ERROR = exc("RuntimeError", EXCEPTION);
    public static final PyType NOT_IMPLEMENTED_ERROR = exc("NotImplementedError", RUNTIME_ERROR);
    public static final PyType RECURSION_ERROR = exc("RecursionError", RUNTIME_ERROR);
    public static final PyType SYNTAX_ERROR = exc("SyntaxError", EXCEPTION);
    public static final PyType INDENTATION_ERROR = exc("IndentationError", SYNTAX_ERROR);
    public static final PyType TAB_ERROR = exc("TabError", INDENTATION_ERROR);
    public static final PyType SYSTEM_ERROR = exc("SystemError", EXCEPTION);
    public static final PyType TYPE_ERROR = exc("TypeError", EXCEPTION);
    public static final PyType VALUE_ERROR = exc("ValueError", EXCEPTION);
    public static final PyType UNICODE_ERROR = exc("UnicodeError", VALUE_ERROR);
    public static final PyType UNICODE_DECODE_ERROR = exc("UnicodeDecodeError", UNICODE_ERROR);
    public static final PyType UNICODE_ENCODE_ERROR = exc("UnicodeEncodeError", UNICODE_ERROR);
    public static final PyType WARNING = exc("Warning", EXCEPTION);
    public static final PyType DEPRECATION_WARNING = exc("DeprecationWarning", WARNING);
    public static final PyType RUNTIME_WARNING = exc("RuntimeWarning", WARNING);
    public static final PyType USER_WARNING = exc("UserWarning", WARNING);
    public static final PyType UNICODE_TRANSLATE_ERROR = exc("UnicodeTranslateError", UNICODE_ERROR);
    public static final PyType SYNTAX_WARNING = exc("SyntaxWarning", WARNING);
    public static final PyType FUTURE_WARNING = exc("FutureWarning", WARNING);
    public static final PyType PENDING_DEPRECATION_WARNING = exc("PendingDeprecationWarning", WARNING);
    public static final PyType IMPORT_WARNING = exc("ImportWarning", WARNING);
    public static final PyType UNICODE_WARNING = exc("UnicodeWarning", WARNING);
    public static final PyType BYTES_WARNING = exc("BytesWarning", WARNING);
    public static final PyType RESOURCE_WARNING = exc("ResourceWarning", WARNING);
    public static final PyType ENCODING_WARNING = exc("EncodingWarning", WARNING);

    private static final Map<String, PyType> ALL = new LinkedHashMap<>();
    private static final Map<Integer, PyType> BY_ERRNO = new java.util.HashMap<>();

    static {
        for (PyType t : new PyType[] {BASE_EXCEPTION, SYSTEM_EXIT, KEYBOARD_INTERRUPT, GENERATOR_EXIT, EXCEPTION,
                STOP_ITERATION, ARITHMETIC_ERROR, FLOATING_POINT_ERROR, OVERFLOW_ERROR, ZERO_DIVISION_ERROR,
                ASSERTION_ERROR, ATTRIBUTE_ERROR, BUFFER_ERROR, EOF_ERROR, IMPORT_ERROR, MODULE_NOT_FOUND_ERROR,
                LOOKUP_ERROR, INDEX_ERROR, KEY_ERROR, MEMORY_ERROR, NAME_ERROR, UNBOUND_LOCAL_ERROR, OS_ERROR,
                BLOCKING_IO_ERROR, CHILD_PROCESS_ERROR, CONNECTION_ERROR, BROKEN_PIPE_ERROR, CONNECTION_ABORTED_ERROR,
                CONNECTION_REFUSED_ERROR, CONNECTION_RESET_ERROR, FILE_EXISTS_ERROR, FILE_NOT_FOUND_ERROR,
                INTERRUPTED_ERROR, IS_A_DIRECTORY_ERROR, NOT_A_DIRECTORY_ERROR, PERMISSION_ERROR,
                PROCESS_LOOKUP_ERROR, TIMEOUT_ERROR, REFERENCE_ERROR, RUNTIME_ERROR, NOT_IMPLEMENTED_ERROR,
                RECURSION_ERROR, SYNTAX_ERROR, INDENTATION_ERROR, TAB_ERROR, SYSTEM_ERROR, TYPE_ERROR, VALUE_ERROR,
                UNICODE_ERROR, UNICODE_DECODE_ERROR, UNICODE_ENCODE_ERROR, WARNING, DEPRECATION_WARNING,
                RUNTIME_WARNING, USER_WARNING, UNICODE_TRANSLATE_ERROR, SYNTAX_WARNING, FUTURE_WARNING,
                PENDING_DEPRECATION_WARNING, IMPORT_WARNING, UNICODE_WARNING, BYTES_WARNING, RESOURCE_WARNING,
                ENCODING_WARNING}) {
            ALL.put(t.name(), t);
        }
        BASE_EXCEPTION.method("__init__", (in, self, a, k) -> {
            PyException e = (PyException) self;
            e.setArgs(PyTuple.of(java.util.Arrays.copyOf(a, a.length - k.length)));
            // OSError's __init__ parses (errno, strerror[, filename]) again, for subclasses whose
            // own __init__ calls super().__init__(code, text).
            e.initialiseFromArgs();
            return PyNone.NONE;
        });
        BASE_EXCEPTION.method("__str__", (in, self, a, k) -> PyStr.of(((PyException) self).baseStr(in)));
        BASE_EXCEPTION.method("with_traceback", (in, self, a, k) -> self);
        BASE_EXCEPTION.method("add_note", ExceptionTypes::addNote);
        BASE_EXCEPTION.method("__repr__", (in, self, a, k) -> {
            Args.none("__repr__", a, k);
            return PyStr.of(((PyException) self).baseRepr(in));
        });
        BASE_EXCEPTION.method("__setstate__", (in, self, a, k) -> {
            PyObject state = Args.one("__setstate__", a, k);
            if (state instanceof PyDict d) {
                for (PyObject key : d.map().keySet()) {
                    self.setAttr(in, Builtins.attrName(key, "__setstate__"), d.get(key));
                }
            } else if (state != PyNone.NONE) {
                throw PyErrors.typeError("state is not a dictionary");
            }
            return PyNone.NONE;
        });
        PyGetSet.define(BASE_EXCEPTION, "args", "__cause__", "__context__", "__suppress_context__", "__traceback__", "__dict__");
        PyGetSet.members(OS_ERROR, "errno", "strerror", "filename", "filename2");
        PyGetSet.define(OS_ERROR, "characters_written");
        errnos(BLOCKING_IO_ERROR, Errno.EAGAIN, Errno.EALREADY, Errno.EINPROGRESS);
        errnos(CHILD_PROCESS_ERROR, Errno.ECHILD);
        errnos(BROKEN_PIPE_ERROR, Errno.EPIPE, Errno.ESHUTDOWN);
        errnos(CONNECTION_ABORTED_ERROR, Errno.ECONNABORTED);
        errnos(CONNECTION_REFUSED_ERROR, Errno.ECONNREFUSED);
        errnos(CONNECTION_RESET_ERROR, Errno.ECONNRESET);
        errnos(FILE_EXISTS_ERROR, Errno.EEXIST);
        errnos(FILE_NOT_FOUND_ERROR, Errno.ENOENT);
        errnos(IS_A_DIRECTORY_ERROR, Errno.EISDIR);
        errnos(NOT_A_DIRECTORY_ERROR, Errno.ENOTDIR);
        errnos(INTERRUPTED_ERROR, Errno.EINTR);
        errnos(PERMISSION_ERROR, Errno.EACCES, Errno.EPERM);
        errnos(PROCESS_LOOKUP_ERROR, Errno.ESRCH);
        errnos(TIMEOUT_ERROR, Errno.ETIMEDOUT);
    }

    private static PyType exc(String name, PyType base) {
        return PyType.builtin(name, base).withConstructor(PyException::construct);
    }

    /** {@code e.add_note(text)}: appends to {@code e.__notes__}, made a list on the first note, as CPython 3.11. */
    private static PyObject addNote(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        PyObject note = a[0];
        if (!(note instanceof PyStr)) {
            throw PyErrors.typeError("note must be a str, not '" + note.type().name() + "'");
        }
        PyObject notes = notes(in, self);
        if (notes == null) {
            notes = new PyList();
            self.setAttr(in, "__notes__", notes);
            notes = self.getAttr(in, "__notes__");
        }
        if (!(notes instanceof PyList list)) {
            throw PyErrors.typeError("Cannot add note: __notes__ is not a list");
        }
        list.append(note);
        return PyNone.NONE;
    }

    /** The exception's {@code __notes__}, or null when it has none. */
    public static PyObject notes(Interpreter in, PyObject exception) {
        try {
            return exception.getAttr(in, "__notes__");
        } catch (PyRaise missing) {
            if (missing.exception().type().isSubtypeOf(ATTRIBUTE_ERROR)) {
                return null;
            }
            throw missing;
        }
    }

    private static void errnos(PyType type, Errno... codes) {
        for (Errno code : codes) {
            BY_ERRNO.put(code.number(), type);
        }
    }

    /** Every builtin exception class by name, for the builtins module. */
    public static Map<String, PyType> all() {
        return ALL;
    }

    /** The OSError subclass CPython picks for an errno, OSError itself when none. */
    public static PyType forErrno(int errno) {
        return BY_ERRNO.getOrDefault(errno, OS_ERROR);
    }
}
