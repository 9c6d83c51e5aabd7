# select() says a socket is readable when its peer closed: recv() then returns b''.
import select
import socket

a, b = socket.socketpair()
r, w, x = select.select([a], [a], [], 0)
print(len(r), len(w), len(x))
b.send(b"dato")
r, _, _ = select.select([a, b], [], [], 1)
print([s is a for s in r], a.recv(10))
b.close()
r, _, _ = select.select([a], [], [], 1)
print(len(r), a.recv(10))
a.close()
try:
    select.select([a], [], [], 0)
except ValueError as e:
    print("ValueError", e)
