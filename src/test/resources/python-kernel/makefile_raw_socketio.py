# makefile('rb', buffering=0) is socket.py's SocketIO: each read is one recv(), each write one
# send(); it has readall and readinto, and no peek or read1.
import socket

a, b = socket.socketpair()
raw = a.makefile("rwb", buffering=0)
print(type(raw).__name__, raw.mode, raw.name, raw.closed, raw.readable(), raw.writable(), raw.seekable())
b.sendall(b"primero")
print(raw.read(3), raw.read(100))
b.sendall(b"linea\nmas")
print(raw.readline(), raw.readline(2))
buf = bytearray(4)
b.sendall(b"s")
print(raw.readinto(buf), buf)
print(raw.write(b"hacia b"), b.recv(100))
print(hasattr(raw, "peek"), hasattr(raw, "read1"), hasattr(raw, "detach"), hasattr(raw, "raw"))
try:
    raw.readinto()
except TypeError as e:
    print("TypeError:", e)
b.sendall(b"todo lo que queda")
b.shutdown(socket.SHUT_WR)
print(raw.readall(), raw.read(), raw.read(5))
try:
    raw.write("texto")
except TypeError as e:
    print("TypeError:", e)
w = a.makefile("wb", buffering=0)
try:
    w.read(1)
except OSError as e:
    print(type(e).__name__, e)
r = a.makefile("rb", buffering=0)
try:
    r.write(b"x")
except OSError as e:
    print(type(e).__name__, e)
raw.close()
print(raw.closed, raw.name)
for name in ("read", "readinto", "write", "fileno", "readable", "writable", "seekable", "flush"):
    try:
        getattr(raw, name)(bytearray(1)) if name in ("readinto", "write") else getattr(raw, name)()
    except ValueError as e:
        print(name, "ValueError:", e)
try:
    a.makefile("r", buffering=0)
except ValueError as e:
    print("ValueError:", e)
w.close()
r.close()
a.close()
b.close()
