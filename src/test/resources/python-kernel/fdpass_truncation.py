# Descriptors that do not fit the ancillary room: MSG_CTRUNC, and those left out are closed.
import os
import socket
import struct

a, b = socket.socketpair()
s1 = socket.socket()
s2 = socket.socket()
tres = struct.pack("iii", s1.fileno(), s2.fileno(), s1.fileno())
print(socket.CMSG_LEN(4), socket.CMSG_SPACE(4), socket.CMSG_LEN(8), socket.CMSG_SPACE(8))
for room in (0, 10, socket.CMSG_LEN(0), socket.CMSG_LEN(4), socket.CMSG_LEN(4) + 3, socket.CMSG_LEN(8), socket.CMSG_SPACE(12), 1000):
    a.sendmsg([b"m"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, tres)])
    data, anc, flags, addr = b.recvmsg(10, room)
    got = [list(struct.unpack("%di" % (len(d) // 4), d[:len(d) // 4 * 4])) for lvl, t, d in anc]
    print(room, data, got, flags, flags & socket.MSG_CTRUNC == socket.MSG_CTRUNC)
    for fds in got:
        for fd in fds:
            os.close(fd)
# recv() instead of recvmsg(): the descriptors are dropped.
a.sendmsg([b"r"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, tres)])
print(b.recv(10))
a.sendmsg([b"s"])
print(b.recvmsg(10, 100))
n = socket.socket()
print("siguiente descriptor libre", n.fileno())
