# Datagram sizes: empty ones exist, the largest fits, one byte more does not.
import socket

r = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
r.bind(("127.0.0.1", 50227))
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for size in [0, 1, 1472, 65507]:
    print(size, s.sendto(b"a" * size, ("127.0.0.1", 50227)), len(r.recv(70000)))
try:
    s.sendto(b"a" * 65508, ("127.0.0.1", 50227))
except OSError as e:
    print(type(e).__name__, e)
s.sendto(b"0123456789", ("127.0.0.1", 50227))
print(r.recv(4))
r.settimeout(0.1)
try:
    r.recv(100)
except TimeoutError:
    print("el resto se perdió")
