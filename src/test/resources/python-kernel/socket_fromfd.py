import socket

u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(('127.0.0.1', 0))
v = socket.fromfd(u.fileno(), socket.AF_INET, socket.SOCK_DGRAM)
print(type(v).__name__, v.family.name, v.type.name, v.fileno() != u.fileno())
print(v.getsockname() == u.getsockname(), v.gettimeout())
v.sendto(b'to myself', u.getsockname())
print(u.recvfrom(100)[0])
u.close()
print(v.getsockname()[0])
v.close()
try:
    socket.fromfd(99, socket.AF_INET, socket.SOCK_STREAM)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
