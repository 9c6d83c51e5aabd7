# socketpair(): a connected pair, stream by default or datagram, with Python's names for both ends.
import socket

a, b = socket.socketpair()
print(a.family == socket.AF_UNIX, a.type == socket.SOCK_STREAM, a.getsockname(), b.getpeername())
a.sendall(b"uno")
a.sendall(b"dos")
print(b.recv(100))
b.shutdown(socket.SHUT_WR)
print(a.recv(10))
a.close()
b.close()

x, y = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
x.send(b"uno")
x.send(b"dos")
print(y.recv(100), y.recv(100))
y.close()
try:
    x.send(b"nadie")
except OSError as e:
    print(type(e).__name__, e.errno)
x.close()
try:
    socket.socketpair(socket.AF_INET)
except OSError as e:
    print(type(e).__name__, e)
