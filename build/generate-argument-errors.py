#!/usr/bin/env python3
"""Writes the wrong-argument programs of the kernel differential suite from CPython itself.

For every public callable of the course's modules and types (the targets below) that Enchufe has
— every name CPython's dir() shows, less the ones docs/language.md's "Deliberately absent" table
and the surface audit's not-yet lists say Enchufe lacks — this tries, in this CPython, calls that
must fail on their arguments: none at all, nine positional ones, an unknown keyword, and one
argument of a type no such parameter takes. The calls CPython refuses with a TypeError (or the
ValueError/OverflowError of a range check) go into
src/test/resources/python-kernel/argument_errors_TARGET.py, one `check(...)` line each, printing
the exception's type and message; build/regenerate-python-expectations.py then records what
CPython prints, and KernelDifferentialTest requires Enchufe to print the same, in both tiers.

Calls whose success would disturb the generator (fork, exit, input, a poll without descriptors…)
are never tried. Calls Enchufe words differently on purpose are in LEFT, each with its reason,
and docs/language.md lists them. Run after a target gains callables, then regenerate:

    python3 build/generate-argument-errors.py
    python3 build/regenerate-python-expectations.py $(cd src/test/resources/python-kernel && ls argument_errors_*.py | sed 's/.py$//')
"""
import atexit
import math
import fnmatch
import os
import re
import select
import socket
import struct
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
OUT = os.path.join(ROOT, "src", "test", "resources", "python-kernel")

# A descriptor poll() always finds ready (a socketpair's end, writable), so that a poll object's
# poll() returns at once here: with nothing registered and no timeout it would wait for ever.
_READY = socket.socketpair()


def _ready_poll():
    p = select.poll()
    p.register(_READY[0], select.POLLOUT)
    return p


def _ready_epoll():
    e = select.epoll()
    e.register(_READY[0], select.EPOLLOUT)
    return e


# target name → (expression that makes a fresh receiver in the generated program, the object here)
TARGETS = {
    "socket": ("socket", lambda: socket),
    "socket.socket": ("s", lambda: socket.socket()),
    "select": ("select", lambda: select),
    "select.poll()": ("select.poll()", _ready_poll),
    "select.epoll()": ("select.epoll()", _ready_epoll),
    "os": ("os", lambda: os),
    "struct": ("struct", lambda: struct),
    "time": ("time", lambda: time),
    "math": ("math", lambda: math),
    "atexit": ("atexit", lambda: atexit),
    "builtins": (None, None),
    "bytes": ("b'ab'", lambda: b"ab"),
    "bytearray": ("bytearray(b'ab')", lambda: bytearray(b"ab")),
    "str": ("'ab'", lambda: "ab"),
    "int": ("(5)", lambda: 5),
    "list": ("[1, 2]", lambda: [1, 2]),
    "dict": ("{1: 2}", lambda: {1: 2}),
    "tuple": ("(1, 2)", lambda: (1, 2)),
    "set": ("{1, 2}", lambda: {1, 2}),
}

# Targets the header's import line leaves out: their program imports them itself.
OWN_IMPORT = {"math"}

# Callables outside the targets' public names whose rule Enchufe still reads: special methods a
# program calls by name and functions of modules with no target. Only their rules are recorded.
RULES_ONLY = {
    "list.__class_getitem__": lambda: list.__class_getitem__,
    "dict.__class_getitem__": lambda: dict.__class_getitem__,
    "tuple.__class_getitem__": lambda: tuple.__class_getitem__,
    "set.__class_getitem__": lambda: set.__class_getitem__,
    "frozenset.__class_getitem__": lambda: frozenset.__class_getitem__,
    "enumerate.__class_getitem__": lambda: enumerate.__class_getitem__,
    "bytearray.__alloc__": lambda: bytearray().__alloc__,
    "BaseException.add_note": lambda: BaseException().add_note,
    "re.template": lambda: __import__("re").template,
}

# Builtin functions and the types' constructors, called by name.
BUILTINS = """abs all any ascii bin bool bytearray bytes callable chr delattr dict divmod enumerate
filter float format frozenset getattr hasattr hash hex id int isinstance issubclass iter len list
map max min next oct ord pow range repr reversed round set setattr slice sorted str sum tuple type
vars zip globals locals dir""".split()

# Never called: their success forks, ends, blocks or reads the console. (getaddrinfo,
# create_connection and create_server are tried: every attempt below fails on its arguments
# before any lookup or connection; select.poll() objects' poll() finds a ready descriptor here.)
NEVER = {"fork", "forkpty", "wait", "wait3", "wait4", "waitpid", "abort", "_exit", "kill", "killpg",
         "pause", "setsid", "setpgrp", "sync", "input", "exit", "quit", "sleep", "select",
         "getfqdn", "gethostbyaddr", "getnameinfo", "sethostname",
         "dup2", "close", "closerange", "write", "read", "set_blocking", "detach", "setdefaulttimeout"}
# Never called on one target (none now: a name's calls that would wait go in NEVER).
NEVER_ON = {}

# Calls Enchufe words differently, left for now: a callable (all its calls) or one call's label →
# the reason. docs/language.md lists them.
PYTHON_LEVEL = ("written in Python in CPython (os.py, socket.py, enum.py): its messages are a Python function's,"
                " naming CPython's own qualnames; ours is native")
CONSTRUCTOR = "a class's constructor checks its own arguments, not yet from the table"
LEFT = {
    "socket.AddressFamily": PYTHON_LEVEL, "socket.SocketKind": PYTHON_LEVEL,
    "socket.AddressInfo": PYTHON_LEVEL, "socket.MsgFlag": PYTHON_LEVEL,
    "socket.SocketType": CONSTRUCTOR, "struct.Struct": CONSTRUCTOR,
    "type": CONSTRUCTOR,
    "socket.SocketIO": CONSTRUCTOR,
}

WRONG_TYPE = 1.5

# Callables whose checks stay the Java code's: setsockopt tries three ParseTuple formats in turn
# (three arguments, or four with None), which no single count describes.
RULELESS = {"socket.socket.setsockopt"}

RULES = os.path.join(ROOT, "src", "main", "resources", "org", "enchufe", "lang", "runtime", "argument-rules.txt")
RULES_HEADER = '''# How CPython {version} checks the arguments of each native callable Enchufe has, recorded by
# build/generate-argument-errors.py from CPython's own refusals; runtime/ArgumentRules reads it and
# every PyBuiltin with a line here is checked by it before its Java code runs. One callable a line:
#   KEY noargs NAME                 METH_NOARGS: "NAME() takes no arguments (1 given)"
#   KEY one NAME                    METH_O: "NAME() takes exactly one argument (2 given)"
#   KEY tuple NAME MIN MAX Q        PyArg_ParseTuple: "NAME() takes at least MIN arguments (0 given)", "Q() takes no keyword arguments"
#   KEY python QUALNAME SELF PARAM… a function CPython writes in Python (socket.py, os.py), SELF 1 for a method;
#                                   PARAM= has a default, *PARAM is keyword-only: "QUALNAME() takes 1 positional
#                                   argument but 2 were given", "QUALNAME() got an unexpected keyword argument 'x'"
#   KEY nokeywords Q                any number of positional arguments: "Q() takes no keyword arguments"
#   KEY either NAME MIN MAX Q       a hand-written count check: "NAME() takes MIN or MAX arguments (1 given)"
#   KEY positional NAME MIN MAX Q   Argument Clinic, positional only: "NAME expected at least MIN arguments, got 0",
#                                   "Q() takes no keyword arguments" (Q qualified as CPython's vectorcall says it)
#   KEY keywords NAME MIN PARAM…    Argument Clinic with keywords (PARAM/ positional-only, *PARAM keyword-only):
#                                   "NAME() missing required argument 'P' (pos 1)", "'x' is an invalid keyword argument for NAME()"
# KEY is module.function, type.method (socket.socket.bind for a socket object's) or builtins.function.
'''


def absent_names():
    """target → fnmatch patterns Enchufe lacks: docs/language.md's table and the not-yet lists."""
    absent = {}
    doc = open(os.path.join(ROOT, "docs", "language.md"), encoding="utf-8").read()
    for where, names in re.findall(r"^\| `([^`]+)` \| `([^`]+)` \|", doc, re.M):
        absent.setdefault(where, []).extend(names.split())
    surface = os.path.join(ROOT, "src", "test", "resources", "surface")
    for name in os.listdir(surface):
        if name.startswith("not-yet") and name.endswith(".txt"):
            for line in open(os.path.join(surface, name), encoding="utf-8"):
                if line.startswith("#") or ":" not in line:
                    continue
                where, names = line.split(":", 1)
                absent.setdefault(where.strip(), []).extend(names.split())
    return absent


def attempts():
    """The argument lists tried on every callable, as (source text, args, kwargs)."""
    return [("", (), {}),
            ("0, 0, 0, 0, 0, 0, 0, 0, 0", (0,) * 9, {}),
            ("zz=1", (), {"zz": 1}),
            (repr(WRONG_TYPE), (WRONG_TYPE,), {})]


# More argument lists for callables whose values are checked before they could wait: the recv
# family's sizes, flags and buffers (on an unconnected socket, so that nothing can block).
EXTRA = {
    "socket.socket.recv": ["-1", "1, 'x'", "1, 1.5", "bufsize=1", "1, flags=0"],
    "socket.socket.recvfrom": ["-1", "1, 'x'", "1, 1.5", "bufsize=1"],
    "socket.socket.recv_into": ["b'ab'", "bytearray(2), -1", "bytearray(2), 5", "bytearray(2), 1, 'x'",
                                "buffer=bytearray(2), nbytes=-1", "bytearray(2), zz=1"],
    "socket.socket.recvfrom_into": ["b'ab'", "bytearray(2), -1", "bytearray(2), 5", "bytearray(2), 1, 'x'",
                                    "buffer=bytearray(2), nbytes=9"],
    "socket.socket.send": ["'text'", "b'x', 'x'"],
    "socket.socket.sendall": ["'text'", "b'x', 'x'"],
    "socket.socket.sendto": ["b'x', 'x'", "b'x', 0, 'x'", "'text', ('127.0.0.1', 7)"],
}


def refusal(call):
    try:
        call()
    except (TypeError, ValueError, OverflowError) as e:
        return e
    except Exception:
        return None
    return None


def checks(target, absent, rules):
    lines = []
    expression, make = TARGETS[target]
    if target == "builtins":
        names = BUILTINS
    else:
        patterns = absent.get(target, [])
        names = sorted(n for n in dir(make()) if not n.startswith("_") and callable(getattr(make(), n))
                       and not any(fnmatch.fnmatchcase(n, p) for p in patterns))
    for name in names:
        if name in NEVER or name in NEVER_ON.get(target, ()):
            continue
        key = "builtins." + name if target == "builtins" else target.replace("()", "") + "." + name
        if target == "builtins":
            line = rule(key, lambda: getattr(__import__("builtins"), name))
        else:
            line = rule(key, lambda: getattr(make(), name), lambda: direct(True, name, "zz=1")(make()))
        if line and key not in RULELESS:
            rules.append(line)
        key_extra = [(text, None, None) for text in EXTRA.get(key, [])]
        for text, args, kwargs in attempts() + key_extra:
            label = (name if target == "builtins" else target + "." + name) + "(" + text + ")"
            if label in LEFT or label[:label.index("(")] in LEFT:
                continue
            if target == "builtins":
                call = lambda: direct(None, name, text)(None)
                source = name
            else:
                call = lambda: direct(True, name, text)(make())
                source = expression + "." + name
            if refusal(call) is None:
                continue
            lines.append("check(%r, lambda: %s(%s))" % (label, source, text))
    return lines


COUNT = [
    re.compile(r"^(\S+)\(\) takes no arguments \(\d+ given\)$"),
    re.compile(r"^(\S+)\(\) takes exactly one argument \(\d+ given\)$"),
    re.compile(r"^(\S+) expected (?:at most |at least |)\d+ arguments?, got \d+$"),
    re.compile(r"^(\S+)\(\) takes (?:exactly|at least|at most) \d+ (?:positional |keyword )?arguments? \(\d+ given\)$"),
    re.compile(r"^(\S+)\(\) missing required argument '\w+' \(pos \d+\)$"),
    re.compile(r"^(\S+)\(\) takes \d+ or \d+ arguments \(\d+ given\)$"),
]


def message(call):
    e = refusal(call)
    return str(e) if isinstance(e, TypeError) else None


def counts(call_with):
    """The argument counts (0 to 9, as zeros) the callable accepts: those not refused for their number."""
    accepted = []
    for n in range(10):
        m = message(lambda: call_with((0,) * n))
        if m is None or not any(p.match(m) for p in COUNT):
            accepted.append(n)
    return accepted


# Keyword names of functions CPython parses with PyArg_ParseTupleAndKeywords and no text signature.
KNOWN_PARAMETERS = {
    "socket.socket.recv_into": [("buffer", "positional-or-keyword", False), ("nbytes", "positional-or-keyword", True),
                                ("flags", "positional-or-keyword", True)],
    "socket.socket.recvfrom_into": [("buffer", "positional-or-keyword", False), ("nbytes", "positional-or-keyword", True),
                                    ("flags", "positional-or-keyword", True)],
}


def parameters(fn):
    """(name, kind, has a default) for each parameter of the callable's text signature, or None."""
    text = getattr(fn, "__text_signature__", None)
    if not text:
        return None
    params = []
    kind = "positional-or-keyword"
    for part in [p.strip() for p in text.strip("()").split(",") if p.strip()]:
        if part.startswith("$"):
            continue
        if part == "/":
            params = [(n, "positional-only", d) for n, _, d in params]
        elif part == "*":
            kind = "keyword-only"
        elif part.startswith("*"):
            return None
        else:
            params.append((part.split("=")[0], kind, "=" in part))
    return params


def direct(receiver, name, text):
    """A call written as a student writes it (r.name(...)): CPython words some refusals by the call's form."""
    return eval("lambda r: r.%s(%s)" % (name, text)) if receiver is not None else eval("lambda r: %s(%s)" % (name, text))


PYTHON_FORMS = re.compile(r"positional arguments? but \d+ (?:was|were) given|got an unexpected keyword argument|"
                          r"missing \d+ required (?:positional|keyword-only) arguments?")


def python_rule(key, fn, nine, keyword):
    """A function CPython writes in Python (socket.py, os.py): its line, with its qualname and parameters."""
    if not (PYTHON_FORMS.search(nine) or PYTHON_FORMS.search(keyword)):
        return None
    import inspect
    function = fn.__func__ if inspect.ismethod(fn) else fn
    if not inspect.isfunction(function):
        return None
    params = []
    for p in inspect.signature(fn).parameters.values():
        optional = "" if p.default is p.empty else "="
        if p.kind == p.POSITIONAL_OR_KEYWORD:
            params.append(p.name + optional)
        elif p.kind == p.KEYWORD_ONLY:
            params.append("*" + p.name + optional)
        else:
            return None
    return f"{key} python {function.__qualname__} {1 if inspect.ismethod(fn) else 0} " + " ".join(params)


def rule(key, fn_of, direct_keyword=None):
    """The callable's line of argument-rules.txt, as CPython's refusals show its convention, or None."""
    if isinstance(fn_of(), type):
        return None  # a class: its constructor's checks are the Java code's own
    call_with = lambda args, kwargs={}: fn_of()(*args, **kwargs)
    nine = message(lambda: call_with((0,) * 9)) or ""
    keyword = message(lambda: call_with((), {"zz": 1})) or ""
    if direct_keyword is not None:
        keyword = message(direct_keyword) or ""
    python = python_rule(key, fn_of(), nine, keyword)
    if python:
        return python
    refuses_keywords = keyword.endswith("() takes no keyword arguments")
    m = COUNT[0].match(nine)
    if m and refuses_keywords:
        return f"{key} noargs {m.group(1)}"
    m = COUNT[1].match(nine)
    if m and refuses_keywords:
        return f"{key} one {m.group(1)}"
    accepted = counts(call_with)
    if refuses_keywords and accepted and accepted[-1] == 9:
        return f"{key} nokeywords {keyword[:-len('() takes no keyword arguments')]}"
    if not accepted or accepted != list(range(accepted[0], accepted[-1] + 1)) or accepted[-1] == 9:
        return None
    low, high = accepted[0], accepted[-1]
    m = COUNT[2].match(nine)
    if m and refuses_keywords:
        return f"{key} positional {m.group(1)} {low} {high} {keyword[:-len('() takes no keyword arguments')]}"
    m = COUNT[3].match(nine)
    if m and refuses_keywords:
        return f"{key} tuple {m.group(1)} {low} {high} {keyword[:-len('() takes no keyword arguments')]}"
    either = COUNT[5].match(nine)
    if either and refuses_keywords and high == low + 1:
        return f"{key} either {either.group(1)} {low} {high} {keyword[:-len('() takes no keyword arguments')]}"
    if m and keyword and not refuses_keywords:
        params = parameters(fn_of()) or KNOWN_PARAMETERS.get(key)
        if params is None:
            return None
        names = []
        for name, kind, has_default in params:
            if kind == "positional-only":
                names.append(name + "/")
            elif kind == "positional-or-keyword":
                names.append(name)
            elif kind == "keyword-only":
                names.append("*" + name)
            else:
                return None
            if not has_default and kind != "keyword-only" and len(names) > low:
                return None
        return f"{key} keywords {m.group(1)} {low} " + " ".join(names)
    return None


HEADER = '''# Generated by build/generate-argument-errors.py from CPython {version}: calls CPython refuses on
# their arguments; each prints the exception's type and message. Do not edit; regenerate.
import atexit, os, select, socket, struct, time


def check(label, call):
    try:
        call()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "-> no error")


'''


def main():
    import sys
    absent = absent_names()
    rules = []
    for target in TARGETS:
        lines = checks(target, absent, rules)
        if not lines:
            continue
        file = "argument_errors_" + re.sub(r"[^a-z]+", "_", target).strip("_") + ".py"
        with open(os.path.join(OUT, file), "w", encoding="utf-8") as out:
            out.write(HEADER.format(version=sys.version.split()[0]))
            if target in OWN_IMPORT:
                out.write("import %s\n\n" % target)
            if target == "socket.socket":
                out.write("s = socket.socket()\n")
            out.write("\n".join(lines) + "\n")
            if target == "socket.socket":
                out.write("s.close()\n")
        print(file, len(lines), "calls")
    for key, fn_of in RULES_ONLY.items():
        line = rule(key, fn_of)
        if line:
            rules.append(line)
    with open(RULES, "w", encoding="utf-8") as out:
        out.write(RULES_HEADER.format(version=sys.version.split()[0]))
        out.write("\n".join(rules) + "\n")
    print(len(rules), "argument rules")


if __name__ == "__main__":
    main()
