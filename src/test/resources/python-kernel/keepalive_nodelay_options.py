# Socket options students set: their values as getsockopt reads them back.
import socket

s = socket.socket()
for level, name, opt in [(socket.SOL_SOCKET, "SO_KEEPALIVE", socket.SO_KEEPALIVE),
                         (socket.IPPROTO_TCP, "TCP_NODELAY", socket.TCP_NODELAY),
                         (socket.SOL_SOCKET, "SO_REUSEADDR", socket.SO_REUSEADDR),
                         (socket.SOL_SOCKET, "SO_REUSEPORT", socket.SO_REUSEPORT)]:
    before = s.getsockopt(level, opt)
    s.setsockopt(level, opt, 1)
    print(name, before, s.getsockopt(level, opt) != 0)
print("SO_TYPE", s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE) == socket.SOCK_STREAM)
print("SO_ERROR", s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print("SO_BROADCAST", u.getsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST))
u.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, True)
print("SO_BROADCAST", u.getsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST))
print("UDP SO_TYPE", u.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE))
