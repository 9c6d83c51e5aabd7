# recvmsg_into() scatters the bytes over several buffers, with descriptors and without.
import socket
import struct

a, b = socket.socketpair()
x = socket.socket()
a.sendmsg([b"0123456789"])
bufs = [bytearray(3), bytearray(2), bytearray(10)]
print(b.recvmsg_into(bufs), bufs)
a.sendmsg([b"abcdef"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, struct.pack("i", x.fileno()))])
m = memoryview(bytearray(4))
rest = bytearray(4)
n, anc, flags, addr = b.recvmsg_into([m, rest], socket.CMSG_SPACE(4))
print(n, bytes(m), rest, len(anc), flags, addr)
a.sendmsg([b"zz"])
print(b.recvmsg_into([bytearray(1)], 0, socket.MSG_PEEK))
print(b.recvmsg_into([bytearray(5)]))
try:
    b.recvmsg_into([memoryview(b"ro")])
except TypeError as e:
    print(e)
a.close()
print(b.recvmsg_into([bytearray(5)]))
b.close()
x.close()
