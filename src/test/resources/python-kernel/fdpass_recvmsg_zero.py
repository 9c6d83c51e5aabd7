# recvmsg() of no bytes waits for data, as Linux's does (recv(0) answers at once): EAGAIN, a timeout, b''.
import socket
a, b = socket.socketpair()
a.setblocking(False)
try:
    print(a.recvmsg(0))
except BlockingIOError as e:
    print("EAGAIN", e.errno)
b.send(b"abc")
print(a.recvmsg(0))
print(a.recvmsg(10))
a.settimeout(0.2)
try:
    print(a.recvmsg(0))
except TimeoutError as e:
    print("timeout", e)
b.close()
print(a.recvmsg(0))
