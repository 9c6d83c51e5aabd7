# MSG_PEEK with descriptors: peeking installs a copy and leaves them queued; a child forked
# after receiving holds the passed socket too.
import os
import socket
import struct

a, b = socket.socketpair()
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(("127.0.0.1", 50976))
a.sendmsg([b"mira"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, struct.pack("i", u.fileno()))])
d1, anc1, f1, _ = b.recvmsg(100, 100, socket.MSG_PEEK)
d2, anc2, f2, _ = b.recvmsg(100, 100)
fd1 = struct.unpack("i", anc1[0][2])[0]
fd2 = struct.unpack("i", anc2[0][2])[0]
print(d1, d2, f1, f2, fd1 != fd2)
os.close(fd1)
v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, fileno=fd2)
u.close()
if os.fork() == 0:
    v.sendto(b"del hijo", ("127.0.0.1", 50977))
    os._exit(0)
os.wait()
w = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
w.bind(("127.0.0.1", 50977))
v.sendto(b"del padre", ("127.0.0.1", 50977))
print(w.recvfrom(100))
v.close()
w.close()
a.close()
b.close()
