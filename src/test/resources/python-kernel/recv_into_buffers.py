# recv_into() fills a buffer the program owns: how much, and where.
import socket

a, b = socket.socketpair()
buf = bytearray(10)
a.sendall(b"abcdefghijklmno")
print(b.recv_into(buf), buf)
print(b.recv_into(buf, 3), buf)
n = b.recv_into(buf, 0)
print(n, buf)
try:
    b.recv_into(buf, 20)
except ValueError as e:
    print("ValueError", e)
try:
    b.recv_into(b"inmutable")
except TypeError as e:
    print("TypeError", e)
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(("127.0.0.1", 50245))
u.sendto(b"datagrama", ("127.0.0.1", 50245))
small = bytearray(4)
nbytes, addr = u.recvfrom_into(small)
print(nbytes, small, addr)
