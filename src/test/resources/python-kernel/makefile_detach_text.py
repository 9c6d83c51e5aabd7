# A TextIOWrapper's buffer, and detach(): the BufferedReader under it is handed over (the
# characters it decoded and no read took are gone with the wrapper), and the wrapper is unusable.
import socket

a, b = socket.socketpair()
t = a.makefile("r", encoding="utf-8")
print(t, t.buffer, t.buffer.raw.mode, t.name, t.mode)
b.sendall("línea\nsegunda\n".encode())
print(repr(t.readline()))
buf = t.detach()
print(type(buf).__name__, t.buffer, repr(t))
b.sendall(b"bytes ya\n")
print(buf.readline())
for name in ("read", "readline", "write", "flush", "fileno", "readable", "writable", "isatty", "tell", "detach", "close"):
    try:
        getattr(t, name)("x") if name == "write" else getattr(t, name)()
    except ValueError as e:
        print(name, "ValueError:", e)
for name in ("closed", "name", "newlines"):
    try:
        getattr(t, name)
    except ValueError as e:
        print(name, "ValueError:", e)
print(t.encoding, t.errors, t.line_buffering, t.write_through, t.mode)
try:
    next(t)
except ValueError as e:
    print("next ValueError:", e)
buf.close()

# A writer's text goes down to its buffer before it lets go.
w = a.makefile("w", encoding="utf-8")
w.write("hola\n")
wb = w.detach()
print(b.recv(100), repr(wb), repr(w))
wb.write(b"y bytes\n")
wb.flush()
print(b.recv(100))
wb.close()
closed = a.makefile("r")
closed.close()
try:
    closed.detach()
except ValueError as e:
    print("ValueError:", e)
print(closed.buffer, repr(closed))
a.close()
b.close()
