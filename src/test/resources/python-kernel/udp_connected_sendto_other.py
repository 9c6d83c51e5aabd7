import socket

a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(('127.0.0.1', 5701))
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b.bind(('127.0.0.1', 5702))
c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
c.connect(('127.0.0.1', 5701))
c.sendto(b'a b aunque conectado', ('127.0.0.1', 5702))
print(b.recvfrom(100)[0])
c.send(b'a a')
print(a.recvfrom(100)[0])
c.connect(('127.0.0.1', 5702))
c.send(b'ahora a b')
print(b.recv(100))
print(c.getpeername())
for s in (a, b, c):
    s.close()
