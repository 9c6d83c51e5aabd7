package org.enchufe.lang.modules;

import org.enchufe.lang.runtime.PyGenericAlias;
import org.enchufe.lang.runtime.PyModule;
import org.enchufe.lang.runtime.PySimpleNamespace;
import org.enchufe.lang.runtime.PyType;
import org.enchufe.lang.runtime.PyUnionType;
import org.enchufe.lang.vm.Interpreter;

/**
 * The types module a course program reaches for: {@code SimpleNamespace}, {@code GenericAlias},
 * {@code MethodType} to bind a function to an object, and the names of the builtin types a
 * program can only get with {@code type(…)} ({@code FunctionType}, {@code NoneType}…). The rest of
 * CPython's module (coroutine types, {@code new_class}, frames and tracebacks) is not there.
 */
public final class TypesModule {

    private TypesModule() {
    }

    public static PyModule create(Interpreter in) {
        PyModule m = new PyModule("types");
        m.add("SimpleNamespace", PySimpleNamespace.TYPE);
        m.add("GenericAlias", PyGenericAlias.TYPE);
        m.add("UnionType", PyUnionType.TYPE);
        m.add("FunctionType", PyType.FUNCTION);
        m.add("LambdaType", PyType.FUNCTION);
        m.add("BuiltinFunctionType", PyType.BUILTIN_FUNCTION);
        m.add("BuiltinMethodType", PyType.BUILTIN_FUNCTION);
        m.add("MethodType", PyType.METHOD);
        m.add("MethodDescriptorType", PyType.METHOD_DESCRIPTOR);
        m.add("ModuleType", PyType.MODULE);
        m.add("GeneratorType", PyType.GENERATOR);
        m.add("CodeType", PyType.CODE);
        m.add("CellType", PyType.CELL);
        m.add("NoneType", PyType.NONE_TYPE);
        m.add("EllipsisType", PyType.ELLIPSIS_TYPE);
        m.add("NotImplementedType", PyType.NOT_IMPLEMENTED_TYPE);
        return m;
    }
}
