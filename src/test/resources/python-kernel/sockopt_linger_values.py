import socket, struct

s = socket.socket()
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER))
print(struct.unpack('ii', s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8)))
s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 5))
print(struct.unpack('ii', s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8)))
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER))
s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 0, 7))
print(struct.unpack('ii', s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8)))
s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('iii', 9, 1, 2))
print(struct.unpack('ii', s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8)))
for bad in (1, struct.pack('i', 1), b'', bytearray(7)):
    try:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, bad)
    except OSError as e:
        print(repr(bad), type(e).__name__, e.errno, e.strerror)
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
print('udp', struct.unpack('ii', u.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8)))
x = socket.socket(socket.AF_UNIX)
x.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 3))
print('unix', struct.unpack('ii', x.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8)))
for t in (s, u, x):
    t.close()
