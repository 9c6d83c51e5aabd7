# The surface a course program can reach: dir() of each module and type, one target a line.
# SurfaceAuditTest runs this in Enchufe and compares with what CPython 3.11 printed
# (audit.expected.json, recorded by build/regenerate-python-expectations.py).
import builtins, errno, math, os, re, select, selectors, signal, socket, struct, sys, threading, time


def show(target, obj):
    print(target + ":", " ".join(sorted(dir(obj))))


for module in (socket, select, selectors, os, errno, struct, re, signal, threading, time, sys, math):
    show(module.__name__, module)

a, b = socket.socketpair()
show("socket.socket", a)
show("select.poll()", select.poll())
show("select.epoll()", select.epoll())
text = a.makefile("r")
binary = a.makefile("rb")
show("makefile('r')", text)
show("makefile('rb')", binary)
text.close()
binary.close()
a.close()
b.close()

for kind in (bytes, bytearray, str, int, list, dict, set, frozenset, tuple, BaseException, OSError):
    show(kind.__name__, kind)

print("exceptions:", " ".join(sorted(name for name, value in vars(builtins).items()
                                      if isinstance(value, type) and issubclass(value, BaseException))))
