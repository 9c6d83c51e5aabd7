# makefile() objects have a __dict__ (a text file's holds socket.py's mode), and __del__ closes
# them; the socket's descriptor stays open until both the socket and its files are closed.
import socket

a, b = socket.socketpair()
t = a.makefile("r")
r = a.makefile("rb")
print(t.__dict__, r.__dict__, vars(r))
t.protocolo = "HTTP/1.0"
r.leidos = 0
print(sorted(t.__dict__), r.__dict__, t.protocolo, r.leidos)
t.__dict__["mode"] = "rt"
print(repr(t), t.mode)
del t.protocolo
print(sorted(t.__dict__), hasattr(t, "protocolo"))
for target, name in ((r, "mode"), (r, "raw"), (r, "closed"), (r, "__dict__"), (t, "newlines")):
    try:
        setattr(target, name, "x")
    except AttributeError as e:
        print(name, "AttributeError:", e)
try:
    del r.name
except AttributeError as e:
    print("del AttributeError:", e)
try:
    r.nada
except AttributeError as e:
    print("AttributeError:", e)
try:
    t.peek
except AttributeError as e:
    print("AttributeError:", e)

# Closing the socket first: the files still read; the descriptor goes with the last file.
b.sendall(b"sigue\nvivo\n")
a.close()
print(a.fileno(), r.readline(), t.closed, r.closed)
r.__del__()
print(r.closed, repr(r))
b.sendall(b"para t\n")
print(repr(t.readline()))
t.__del__()
print(t.closed, repr(t))
t.__del__()
try:
    b.send(b"x")
    b.send(b"x")
except OSError as e:
    print(type(e).__name__, e.errno)
b.close()
