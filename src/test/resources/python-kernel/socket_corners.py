# Socket corners where Enchufe disagreed with CPython (issue 21).
import socket

for args in ((None,), (socket.AF_INET, None), (socket.AF_INET, socket.SOCK_STREAM, None), (2.0,)):
    try:
        socket.socket(*args)
    except TypeError as e:
        print("TypeError", e)
s = socket.socket(-1, -1, -1)
print(s.family, s.type, s.proto)
for flag in (True, 0, 5):
    s.setblocking(flag)
    print(flag, s.getblocking(), s.gettimeout())
for flag in (None, 1.5, "yes"):
    try:
        s.setblocking(flag)
    except TypeError as e:
        print("TypeError", e)
s.close()

a, b = socket.socketpair()
f = a.makefile("rb", buffering=0)
print(type(f).__name__, f.mode)
f.close()
try:
    a.makefile("r", buffering=0)
except ValueError as e:
    print("ValueError", e)
b.sendall(b"one\r\ntwo\rthree\nfour")
b.close()
g = a.makefile("r", newline="")
print([g.readline() for _ in range(4)])
g.close()
a.close()

a, b = socket.socketpair()
b.sendall(b"x\r\ny\n")
b.close()
h = a.makefile("r", newline=None)
print(h.readlines())
h.close()
a.close()

six = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
for flowinfo in (-1, 1 << 20, 1 << 32, 1 << 64, 1.5):
    try:
        six.sendto(b"x", ("::1", 9, flowinfo, 0))
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
    else:
        print("sent with flowinfo", flowinfo)
six.close()

server = socket.socket()
server.bind(("127.0.0.1", 0))
server.listen()
c = socket.create_connection(server.getsockname())
peer, _ = server.accept()
c.settimeout(0.2)
try:
    c.recv(10, socket.MSG_DONTWAIT)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
except TimeoutError as e:
    print("TimeoutError", e)
print(c.gettimeout())
peer.sendall(b"hi")
peer.close()
print(c.recv(10))
c.close()
server.close()

a, b = socket.socketpair()
t = a.makefile("rw", encoding="latin-1", errors="replace", newline="\r\n")
print(repr(t), t.encoding, t.errors, t.mode)
t.write("caf\u00e9\nok\u20ac\n")
t.flush()
print(b.recv(100))
b.sendall(b"one\ntwo\r\nthree\r\n")
print(repr(t.readline()), repr(t.readline()))
t.close()
w = a.makefile("wb", 0)
print(type(w).__name__, w.mode, w.write(b"raw"), w.closed)
w.close()
print(b.recv(10))
r = a.makefile("rb", buffering=0)
b.sendall(b"abcdef")
print(r.read(4), r.read(4))
r.close()
for kw in (dict(newline=5), dict(newline="x"), dict(encoding=5), dict(errors=5), dict(encoding="nope"),
           dict(buffering="x")):
    try:
        a.makefile("r", **kw)
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)
a.close()
b.close()
