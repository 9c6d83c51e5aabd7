# socket.socket(fileno=fd) asks the kernel what the caller did not say: getsockname(), SO_TYPE and
# SO_PROTOCOL; a descriptor that is no socket is EBADF or ENOTSOCK.
import os
import socket

u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a = socket.socket(fileno=u.fileno())
print(a.family, a.type, a.proto)
a.detach()
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, fileno=u.fileno())
print(b.proto)
b.detach()
c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, 0, u.fileno())
print(c.proto)
c.detach()
t = socket.socket()
d = socket.socket(fileno=t.fileno())
print(d.family, d.type, d.proto)
d.detach()
for fd in (99, -1):
    try:
        socket.socket(fileno=fd)
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
r, w = os.pipe()
try:
    socket.socket(fileno=r)
except OSError as e:
    print(e)
os.close(r)
os.close(w)
u.close()
t.close()
