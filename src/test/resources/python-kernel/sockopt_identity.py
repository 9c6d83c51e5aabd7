import socket

kinds = [
    ('tcp', socket.AF_INET, socket.SOCK_STREAM),
    ('udp', socket.AF_INET, socket.SOCK_DGRAM),
    ('tcp6', socket.AF_INET6, socket.SOCK_STREAM),
    ('udp6', socket.AF_INET6, socket.SOCK_DGRAM),
    ('unix', socket.AF_UNIX, socket.SOCK_STREAM),
    ('unixdg', socket.AF_UNIX, socket.SOCK_DGRAM),
]
for name, family, kind in kinds:
    s = socket.socket(family, kind)
    g = lambda o: s.getsockopt(socket.SOL_SOCKET, o)
    print(name, g(socket.SO_DOMAIN), g(socket.SO_PROTOCOL), g(socket.SO_TYPE), g(socket.SO_ACCEPTCONN))
    print(' family matches', g(socket.SO_DOMAIN) == s.family, 'type matches', g(socket.SO_TYPE) == s.type)
    s.close()

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM, 0)
print('proto 0 gives', s.getsockopt(socket.SOL_SOCKET, socket.SO_PROTOCOL), 'while s.proto is', s.proto)
s.bind(('127.0.0.1', 0))
print('bound', s.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))
s.listen()
print('listening', s.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))
for o in ('SO_TYPE', 'SO_DOMAIN', 'SO_PROTOCOL', 'SO_ACCEPTCONN', 'SO_ERROR'):
    try:
        s.setsockopt(socket.SOL_SOCKET, getattr(socket, o), 1)
    except OSError as e:
        print(o, type(e).__name__, e.errno, e.strerror)
s.close()
