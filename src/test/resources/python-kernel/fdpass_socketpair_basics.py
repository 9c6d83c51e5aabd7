# sendmsg/recvmsg over a socketpair, with and without descriptors; send_fds/recv_fds.
import socket
import struct

a, b = socket.socketpair()
x = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print("x es", x.fileno())
print(a.sendmsg([b"uno", b"dos"]))
print(b.recvmsg(100))
print(a.sendmsg([b"con fd"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, struct.pack("i", x.fileno()))]))
data, anc, flags, addr = b.recvmsg(100, socket.CMSG_SPACE(4))
print(data, len(anc), anc[0][0], anc[0][1], len(anc[0][2]), flags, addr)
nuevo = struct.unpack("i", anc[0][2])[0]
print("nuevo descriptor", nuevo)
y = socket.socket(fileno=nuevo)
print(y.family, y.type)
y.bind(("127.0.0.1", 50962))
print(x.getsockname())
print(socket.send_fds(a, [b"fds"], [x.fileno(), y.fileno()]))
msg, fds, flags, addr = socket.recv_fds(b, 100, 2)
print(msg, len(fds), flags, addr)
for fd in fds:
    print(socket.socket(fileno=fd).getsockname())
print(sorted(fds) == list(range(min(fds), min(fds) + 2)))
a.sendmsg([])
a.sendmsg([b""], [])
a.sendmsg([bytearray(b"ba"), memoryview(b"mv")], None if False else [], 0)
print(b.recvmsg(100))
a.close()
print(b.recvmsg(100))
b.close()
x.close()
