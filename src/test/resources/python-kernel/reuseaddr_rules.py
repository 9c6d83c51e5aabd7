# SO_REUSEADDR lets two sockets bind one port only while neither listens.
import errno
import socket

def attempt(label, reuse_first, reuse_second, listen_first):
    a = socket.socket()
    b = socket.socket()
    if reuse_first:
        a.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if reuse_second:
        b.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    a.bind(("127.0.0.1", 50228))
    if listen_first:
        a.listen()
    try:
        b.bind(("127.0.0.1", 50228))
        print(label, "ok")
    except OSError as e:
        print(label, errno.errorcode[e.errno])
    a.close()
    b.close()

attempt("sin opción", False, False, False)
attempt("ambos, nadie escucha", True, True, False)
attempt("ambos, el primero escucha", True, True, True)
attempt("solo el segundo", False, True, False)
a = socket.socket()
a.bind(("0.0.0.0", 50229))
b = socket.socket()
try:
    b.bind(("127.0.0.1", 50229))
except OSError as e:
    print("comodín y concreta:", e.strerror)
