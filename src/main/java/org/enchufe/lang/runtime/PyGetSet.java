package org.enchufe.lang.runtime;

import org.enchufe.lang.vm.Interpreter;

/**
 * A data attribute a builtin type keeps in its dict for what its objects answer themselves
 * ({@code object.__class__}, {@code BaseException.args}), as CPython's getset_descriptor: it makes
 * the name part of {@code dir()} and of the class; reading it on an object is the object's own
 * business ({@link PyException#getAttr}, {@link Attributes#generic}), never this descriptor's.
 */
public final class PyGetSet extends PyObject {

    private static final PyType GETSET = PyType.builtin("getset_descriptor");
    /** CPython's kind for a field of the C struct ({@code OSError.errno}); it behaves alike here. */
    private static final PyType MEMBER = PyType.builtin("member_descriptor");

    private final String name;
    private final PyType owner;
    private final boolean member;

    private PyGetSet(String name, PyType owner, boolean member) {
        this.name = name;
        this.owner = owner;
        this.member = member;
    }

    /** Puts a getset descriptor for each of {@code names} in {@code owner}'s dict. */
    public static void define(PyType owner, String... names) {
        for (String name : names) {
            owner.dict().put(name, new PyGetSet(name, owner, false));
        }
    }

    /** Puts a member descriptor for each of {@code names} in {@code owner}'s dict. */
    public static void members(PyType owner, String... names) {
        for (String name : names) {
            owner.dict().put(name, new PyGetSet(name, owner, true));
        }
    }

    @Override
    public PyType type() {
        return member ? MEMBER : GETSET;
    }

    @Override
    public String repr(Interpreter in) {
        return "<" + (member ? "member" : "attribute") + " '" + name + "' of '" + owner.name() + "' objects>";
    }

    @Override
    public PyObject forkCopy(Forker fork) {
        return this;
    }
}
