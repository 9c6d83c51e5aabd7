# A descriptor passed from a parent to its forked child over a socketpair: the trace strace shows.
# The child reads the datagram waiting on the socket it received with os.read(), as on any descriptor.
import os
import socket
import struct

padre, hijo = socket.socketpair()
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(("127.0.0.1", 50978))
u.sendto(b"para quien tenga el socket", ("127.0.0.1", 50978))
if os.fork() == 0:
    padre.close()
    msg, anc, flags, addr = hijo.recvmsg(16, socket.CMSG_SPACE(4))
    fd = struct.unpack("i", anc[0][2])[0]
    print("hijo:", os.read(fd, 100), flush=True)
    os.close(fd)
    hijo.sendmsg([b"listo"])
    hijo.close()
    os._exit(0)
hijo.close()
padre.sendmsg([b"toma", b" un socket"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, struct.pack("i", u.fileno()))])
u.close()
print(padre.recvmsg(16))
os.wait()
padre.close()
