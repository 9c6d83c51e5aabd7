# Descriptors over AF_UNIX datagrams: a named receiver and a socketpair; the sender's path as the address.
import os
import socket
import struct

PATH = "/tmp/enchufe-fdpass-50966.sock"
CLIENT = "/tmp/enchufe-fdpass-50966-c.sock"
for p in (PATH, CLIENT):
    if os.path.exists(p):
        os.unlink(p)
r = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
r.bind(PATH)
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
t = socket.socket()
t.bind(("127.0.0.1", 50966))
print(s.sendmsg([b"anonimo"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, struct.pack("i", t.fileno()))], 0, PATH))
data, anc, flags, addr = r.recvmsg(100, socket.CMSG_SPACE(4))
fd = struct.unpack("i", anc[0][2])[0]
print(data, flags, addr, socket.socket(fileno=fd).getsockname())
s.bind(CLIENT)
print(s.sendmsg([b"con nombre"], [], 0, PATH))
print(r.recvmsg(100, 100))
print(s.sendmsg([b"demasiado largo"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, struct.pack("i", t.fileno()))], 0, PATH))
data, anc, flags, addr = r.recvmsg(4, 0)
print(data, anc, flags == socket.MSG_TRUNC | socket.MSG_CTRUNC, addr)
a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
print(a.sendmsg([b"par"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, struct.pack("ii", t.fileno(), r.fileno()))]))
print(a.sendmsg([b"sin fds"]))
data, fds, flags, addr = socket.recv_fds(b, 100, 4)
print(data, len(fds), flags, addr)
print(socket.socket(fileno=fds[0]).getsockname(), socket.socket(fileno=fds[1]).getsockname())
print(b.recvmsg(100, 100))
for x in (a, b, r, s, t):
    x.close()
for p in (PATH, CLIENT):
    os.unlink(p)
