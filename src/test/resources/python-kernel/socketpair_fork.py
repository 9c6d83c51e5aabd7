# socketpair() before fork(): parent and child talk over the pair, in both directions.
import os
import socket

padre, hijo = socket.socketpair()
print(padre.family == socket.AF_UNIX, padre.type == socket.SOCK_STREAM, repr(padre.getsockname()))
pid = os.fork()
if pid == 0:
    padre.close()
    pregunta = hijo.recv(100)
    hijo.sendall(b"el hijo responde a: " + pregunta)
    hijo.close()
    os._exit(0)
hijo.close()
padre.sendall(b"hola, hijo")
print(padre.recv(100).decode())
print("y luego:", padre.recv(100))
os.wait()
padre.close()

a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
a.send(b"uno")
a.send(b"dos")
print(b.recv(10), b.recv(10))
try:
    socket.socketpair(socket.AF_INET)
except OSError as e:
    print(type(e).__name__, e)
