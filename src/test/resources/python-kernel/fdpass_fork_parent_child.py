# A parent passes a listening TCP socket to its forked child over a socketpair (SCM_RIGHTS): the
# child accepts on it, the parent connects; the descriptor the child got is a new number for the same socket.
import os
import socket
import struct

padre, hijo = socket.socketpair()
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 50961))
srv.listen()
pid = os.fork()
if pid == 0:
    padre.close()
    msg, anc, flags, addr = hijo.recvmsg(100, socket.CMSG_SPACE(4))
    level, kind, data = anc[0]
    fd = struct.unpack("i", data)[0]
    print("hijo:", msg, level == socket.SOL_SOCKET, kind == socket.SCM_RIGHTS, flags, addr, fd, flush=True)
    s = socket.socket(fileno=fd)
    print("hijo:", s.family, s.type, s.getsockname(), flush=True)
    conn, peer = s.accept()
    conn.sendall(b"hola del hijo " + conn.recv(100))
    conn.close()
    s.close()
    os._exit(0)
hijo.close()
enviados = padre.sendmsg([b"toma"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, struct.pack("i", srv.fileno()))])
srv.close()  # the descriptor in flight keeps the socket open
c = socket.create_connection(("127.0.0.1", 50961))
c.sendall(b"padre")
print("padre:", c.recv(100))
c.close()
os.wait()
print("padre envio", enviados)
padre.close()
