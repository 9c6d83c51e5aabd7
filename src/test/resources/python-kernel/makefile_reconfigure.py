# TextIOWrapper.reconfigure(): line_buffering and write_through change at any time; the
# encoding, errors and newline only before the first read. Errors as CPython words them.
import socket

a, b = socket.socketpair()
f = a.makefile("r")
print(f.encoding, f.errors, f.line_buffering, f.write_through)
print(f.reconfigure(line_buffering=True), f.line_buffering)
f.reconfigure(write_through=1)
print(f.write_through, f.reconfigure(), f.line_buffering)
f.reconfigure(encoding="latin-1")
print(f.encoding, f.errors)
f.reconfigure(errors="replace")
print(f.encoding, f.errors)
f.reconfigure(encoding="utf-8", errors="ignore", newline="")
print(f.encoding, f.errors)
for kwargs in ({"newline": "x"}, {"encoding": 5}, {"errors": 1.5}, {"foo": 1}, {"line_buffering": "si"}):
    try:
        f.reconfigure(**kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    f.reconfigure(True)
except TypeError as e:
    print("TypeError:", e)
b.sendall(b"caf\xc3\xa9\r\nbad \xff\n")
print(repr(f.readline()), repr(f.readline()))
for kwargs in ({"encoding": "ascii"}, {"errors": "strict"}, {"newline": None}):
    try:
        f.reconfigure(**kwargs)
    except OSError as e:
        print(type(e).__name__, e)
f.reconfigure(line_buffering=False, write_through=None)
print(f.line_buffering, f.write_through)
for name, value in (("line_buffering", True), ("encoding", "x"), ("errors", "x"), ("buffer", None)):
    try:
        setattr(f, name, value)
    except AttributeError as e:
        print(name, "AttributeError:", e)
f.close()
try:
    f.reconfigure(line_buffering=True)
except ValueError as e:
    print("ValueError:", e)

# A new encoding before the first read decodes what comes next.
g = a.makefile("r", encoding="ascii")
g.reconfigure(encoding="utf-16-le")
b.sendall("ñandú\n".encode("utf-16-le"))
print(repr(g.readline()), g.encoding)
g.close()
a.close()
b.close()
