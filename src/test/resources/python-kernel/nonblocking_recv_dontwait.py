# Nothing to read yet: a non-blocking socket (or MSG_DONTWAIT) says EAGAIN instead of waiting.
import errno
import socket

a, b = socket.socketpair()
b.setblocking(False)
try:
    b.recv(10)
except BlockingIOError as e:
    print("recv:", e.errno == errno.EAGAIN, e)
a.setblocking(True)
try:
    a.recv(10, socket.MSG_DONTWAIT)
except BlockingIOError as e:
    print("MSG_DONTWAIT:", errno.errorcode[e.errno])
a.send(b"ya")
print(b.recv(10))
print(a.getblocking(), b.getblocking(), b.gettimeout())
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(("127.0.0.1", 50209))
u.setblocking(False)
try:
    u.recvfrom(10)
except BlockingIOError as e:
    print("udp:", e.strerror)
