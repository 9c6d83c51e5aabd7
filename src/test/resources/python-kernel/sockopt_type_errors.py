import socket

s = socket.socket()
calls = [
    ('setsockopt', (socket.SOL_SOCKET, socket.SO_REUSEADDR, 'x')),
    ('setsockopt', (socket.SOL_SOCKET, socket.SO_REUSEADDR, 1.5)),
    ('setsockopt', (socket.SOL_SOCKET, socket.SO_REUSEADDR, None)),
    ('setsockopt', (socket.SOL_SOCKET, socket.SO_REUSEADDR, [1])),
    ('setsockopt', (socket.SOL_SOCKET, socket.SO_REUSEADDR, 2 ** 40)),
    ('setsockopt', (socket.SOL_SOCKET, socket.SO_REUSEADDR, 1, 4)),
    ('setsockopt', (socket.SOL_SOCKET, socket.SO_REUSEADDR, None, 4)),
    ('setsockopt', (socket.SOL_SOCKET, socket.SO_REUSEADDR, None, 0)),
    ('setsockopt', (socket.SOL_SOCKET, socket.SO_REUSEADDR, b'\x01')),
    ('setsockopt', ('a', socket.SO_REUSEADDR, 1)),
    ('setsockopt', (socket.SOL_SOCKET, 2.0, 1)),
    ('setsockopt', (2 ** 40, socket.SO_REUSEADDR, 1)),
    ('setsockopt', (-2 ** 40, socket.SO_REUSEADDR, 1)),
    ('setsockopt', (socket.SOL_SOCKET,)),
    ('setsockopt', ()),
    ('setsockopt', (1, 2, 3, 4, 5)),
    ('getsockopt', (socket.SOL_SOCKET,)),
    ('getsockopt', (socket.SOL_SOCKET, socket.SO_REUSEADDR, 4, 5)),
    ('getsockopt', ('a', socket.SO_REUSEADDR)),
    ('getsockopt', (socket.SOL_SOCKET, socket.SO_REUSEADDR, 'a')),
    ('getsockopt', (socket.SOL_SOCKET, None)),
    ('getsockopt', (socket.SOL_SOCKET, 2 ** 33)),
]
for name, args in calls:
    try:
        print(name, args, getattr(s, name)(*args))
    except (TypeError, OverflowError, OSError) as e:
        print(name, args, type(e).__name__, e)
try:
    s.setsockopt(level=1, optname=2, value=1)
except TypeError as e:
    print(type(e).__name__, e)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, True)
s.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, bytearray(b'\x01\x00\x00\x00'))
s.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, memoryview(b'\x07\x00\x00\x00\xff'))
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR), s.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE),
      s.getsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST))
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, -1)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
s.close()
