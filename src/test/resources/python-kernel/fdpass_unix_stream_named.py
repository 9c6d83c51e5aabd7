# A connected AF_UNIX stream (bind/listen/accept) passing a descriptor both ways; messages with
# descriptors are not glued to what follows.
import os
import socket
import struct

PATH = "/tmp/enchufe-fdpass-50967.sock"
if os.path.exists(PATH):
    os.unlink(PATH)
srv = socket.socket(socket.AF_UNIX)
srv.bind(PATH)
srv.listen()
c = socket.socket(socket.AF_UNIX)
c.connect(PATH)
conn, _ = srv.accept()
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(("127.0.0.1", 50967))
print(c.sendmsg([b"antes"]))
print(c.sendmsg([b"fd"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, struct.pack("i", u.fileno()))]))
print(c.sendmsg([b"despues"]))
data, anc, flags, addr = conn.recvmsg(100, 100)
print(data, len(anc), flags, addr)
print(conn.recvmsg(100, 100))
fd = struct.unpack("i", anc[0][2])[0]
v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, fileno=fd)
print(v.getsockname())
print(conn.sendmsg([b"vuelta"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, struct.pack("i", fd))]))
msg, fds, flags, addr = socket.recv_fds(c, 100, 1)
print(msg, flags, addr, socket.socket(socket.AF_INET, socket.SOCK_DGRAM, fileno=fds[0]).getsockname())
print(c.sendmsg([b"mitad"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, struct.pack("i", u.fileno()))]))
print(conn.recvmsg(2, 100)[1] != [])
print(conn.recvmsg(100, 100))
for s in (c, conn, srv, u):
    s.close()
os.unlink(PATH)
