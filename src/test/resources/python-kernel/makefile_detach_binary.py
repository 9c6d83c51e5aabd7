# detach() hands a BufferedReader's raw SocketIO over: what the buffer held is gone with it, the
# raw file reads on with one recv a call, and the reader is unusable after.
import socket

a, b = socket.socketpair()
f = a.makefile("rb")
print(f, type(f.raw).__name__, f.raw.mode, f.raw.name, f.name, f.mode, f.raw.closed)
b.sendall(b"linea uno\nresto")
print(f.readline())
raw = f.detach()
print(type(raw).__name__, raw is not None, f.raw, repr(f))
b.sendall(b"despues")
print(raw.read(4), raw.read(100))
buf = bytearray(5)
b.sendall(b"crudo!")
print(raw.readinto(buf), buf, raw.readable(), raw.writable(), raw.seekable())
for name in ("read", "readline", "peek", "read1", "fileno", "flush", "detach", "readable", "isatty", "close"):
    try:
        getattr(f, name)()
    except ValueError as e:
        print(name, "ValueError:", e)
for name in ("closed", "name", "mode"):
    try:
        getattr(f, name)
    except ValueError as e:
        print(name, "ValueError:", e)
try:
    f.write(b"x")
except OSError as e:
    print("write", type(e).__name__, e)
f.__del__()
b.sendall(b"ultimo\n")
print(raw.readline(), raw.fileno() == a.fileno())
raw.close()
print(raw.closed, raw.name, repr(a)[:30])
for name in ("read", "fileno", "readable"):
    try:
        getattr(raw, name)()
    except ValueError as e:
        print("raw", name, "ValueError:", e)

# A writer flushes what it holds before it lets go; a pair cannot be detached.
w = a.makefile("wb")
w.write(b"pendiente")
wraw = w.detach()
print(b.recv(100), type(wraw).__name__, repr(w))
pair = a.makefile("rwb")
try:
    pair.detach()
except OSError as e:
    print(type(e).__name__, e)
pair.close()
wraw.close()
a.close()
b.close()
