# Passing a pipe's end and the console, and socket.fromfd on a received socket.
import os
import socket
import struct

a, b = socket.socketpair()
r, w = os.pipe()
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("127.0.0.1", 50975))
socket.send_fds(a, [b"tres"], [w, 1, s.fileno()])
os.close(w)
msg, fds, flags, addr = socket.recv_fds(b, 100, 3)
print(msg, len(fds), flags)
os.write(fds[0], b"por la tuberia\n")
os.close(fds[0])
print(os.read(r, 100))
print(os.read(r, 100))
os.write(fds[1], b"por la consola\n")
copia = socket.fromfd(fds[2], socket.AF_INET, socket.SOCK_DGRAM)
print(copia.getsockname(), copia.fileno() != fds[2])
os.close(fds[2])
print(copia.getsockname())
for x in (a, b, s, copia):
    x.close()
os.close(r)
