import socket

s = socket.socket()
print(s.fileno(), s.family == socket.AF_INET, s.type == socket.SOCK_STREAM, s.proto)
s.bind(('127.0.0.1', 0))
print(s.getsockname()[0])
s.close()
print(s.fileno())
print(repr(s))
for call in (lambda: s.getsockname(), lambda: s.send(b'x'), lambda: s.listen()):
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e.errno, e)
s.close()
with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as u:
    print(u.type == socket.SOCK_DGRAM, u.fileno())
print(u.fileno())
print(int(socket.AF_INET), int(socket.SOCK_STREAM), int(socket.SOCK_DGRAM), int(socket.AF_INET6), int(socket.AF_UNIX))
print(socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.SHUT_RD, socket.SHUT_WR, socket.SHUT_RDWR)
