# A descriptor in flight keeps its socket open after the sender closed it: the peer of a passed
# connection sees no end of stream until the receiver closes its copy too.
import os
import socket
import struct

a, b = socket.socketpair()
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 50968))
srv.listen()
cli = socket.create_connection(("127.0.0.1", 50968))
conn, _ = srv.accept()
a.sendmsg([b"x"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, struct.pack("i", conn.fileno()))])
conn.close()
cli.setblocking(False)
try:
    print(cli.recv(10))
except BlockingIOError:
    print("aun abierto")
msg, fds, flags, addr = socket.recv_fds(b, 10, 1)
copia = socket.socket(fileno=fds[0])
copia.sendall(b"desde la copia")
cli.setblocking(True)
print(cli.recv(100))
copia.close()
print(cli.recv(100))
# A descriptor nobody received closes with the socket it was in flight to.
cli2 = socket.create_connection(("127.0.0.1", 50968))
conn2, _ = srv.accept()
a.sendmsg([b"y"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, struct.pack("i", conn2.fileno()))])
conn2.close()
b.close()
print(cli2.recv(100))
# A recv() that reaches them drops them, as Linux's: the passed connection closes.
cli3 = socket.create_connection(("127.0.0.1", 50968))
conn3, _ = srv.accept()
a2, b2 = socket.socketpair()
a2.sendmsg([b"z"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, struct.pack("i", conn3.fileno()))])
conn3.close()
print(b2.recv(10))
print(cli3.recv(100))
for s in (a, cli, cli2, srv, a2, b2, cli3):
    s.close()
