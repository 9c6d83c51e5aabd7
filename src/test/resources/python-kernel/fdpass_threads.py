# Two threads of one process: one receives descriptors, the other sends them over a socketpair.
import socket
import struct
import threading

a, b = socket.socketpair()
recibidos = []


def receptor():
    for _ in range(3):
        msg, fds, flags, addr = socket.recv_fds(b, 100, 2)
        recibidos.append((msg, len(fds), flags))
        for fd in fds:
            s = socket.socket(fileno=fd)
            recibidos.append(s.getsockname())
            s.close()


t = threading.Thread(target=receptor)
t.start()
socks = []
for i in range(3):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind(("127.0.0.1", 50970 + i))
    socks.append(s)
    socket.send_fds(a, [b"n%d" % i], [s.fileno()])
t.join()
for r in recibidos:
    print(r)
for s in socks + [a, b]:
    s.close()
