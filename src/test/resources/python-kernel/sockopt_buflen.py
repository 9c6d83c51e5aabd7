import socket, struct

s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
for n in (0, 1, 2, 3, 4, 5, 8, 1024):
    print(n, s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, n))
for n in (-1, 1025, 4096):
    try:
        s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, n)
    except OSError as e:
        print(n, type(e).__name__, e.errno, e.args)
raw = s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE, 4)
print(raw, struct.unpack('i', raw)[0] == socket.SOCK_STREAM)
print(s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 4))
print(s.getsockopt(socket.IPPROTO_IP, socket.IP_TTL, 1), s.getsockopt(socket.IPPROTO_IP, socket.IP_TTL, 4))
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8))
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 16))
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 2))
print(type(s.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4)).__name__)
s.close()
