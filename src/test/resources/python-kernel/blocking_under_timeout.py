# A timeout raised in recv() under list() comes out of the builtin, where the program catches it.
import socket

a, b = socket.socketpair()
a.settimeout(0.2)


def chunks():
    while True:
        data = a.recv(10)
        if not data:
            return
        yield data


b.sendall(b"hola")
try:
    print(list(chunks()))
except TimeoutError as e:
    print("TimeoutError:", e)
g = chunks()
b.sendall(b"x")
print(next(g))
try:
    sorted(g)
except OSError as e:
    print(type(e).__name__, e)
b.close()
print(list(chunks()))
a.close()
