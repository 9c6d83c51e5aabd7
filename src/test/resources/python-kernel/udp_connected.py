import socket

a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(('127.0.0.1', 5208))
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b.bind(('127.0.0.1', 5209))
b.connect(('127.0.0.1', 5208))
print(b.getpeername(), b.getsockname())
b.send(b'por send')
print(a.recvfrom(100))
a.sendto(b'respuesta', ('127.0.0.1', 5209))
print(b.recv(100))
c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
c.sendto(b'intruso', ('127.0.0.1', 5209))
a.sendto(b'de a', ('127.0.0.1', 5209))
print(b.recv(100))
b.setblocking(False)
try:
    b.recv(100)
except BlockingIOError as e:
    print('BlockingIOError', e.errno)
try:
    b.sendto(b'x', ('127.0.0.1', 5208))
    print('sendto en conectado: ok')
except OSError as e:
    print(type(e).__name__, e.errno, e)
for s in (a, b, c):
    s.close()
