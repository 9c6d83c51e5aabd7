# SO_OOBINLINE keeps the urgent byte in the stream: reads still stop at the mark, the next read
# starts with the byte, and recv(MSG_OOB) is EINVAL. MSG_PEEK looks without taking.
import select
import socket


def pair(family):
    if family == socket.AF_UNIX:
        return socket.socketpair()
    listener = socket.socket()
    listener.bind(('127.0.0.1', 0))
    listener.listen()
    client = socket.socket()
    client.connect(listener.getsockname())
    server, _ = listener.accept()
    listener.close()
    return client, server


for family in (socket.AF_INET, socket.AF_UNIX):
    print('---', family.name)
    c, s = pair(family)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_OOBINLINE, 1)
    print('inline', s.getsockopt(socket.SOL_SOCKET, socket.SO_OOBINLINE))
    c.send(b'ab')
    c.send(b'!', socket.MSG_OOB)
    c.send(b'cd')
    select.select([], [], [s], 5)
    r, w, x = select.select([s], [], [s], 0)
    print('select', len(r), len(x))
    try:
        s.recv(1, socket.MSG_OOB)
    except OSError as e:
        print('recv(MSG_OOB) inline:', e)
    print('before the mark', s.recv(100))
    print('from the mark', s.recv(100))
    r, w, x = select.select([s], [], [s], 0)
    print('after', len(r), len(x))
    s.setsockopt(socket.SOL_SOCKET, socket.SO_OOBINLINE, 0)
    c.send(b'Z', socket.MSG_OOB)
    select.select([], [], [s], 5)
    print('peeked', s.recv(1, socket.MSG_OOB | socket.MSG_PEEK), 'taken', s.recv(1, socket.MSG_OOB))
    c.send(b'ef')
    c.send(b'?', socket.MSG_OOB)
    c.send(b'gh')
    select.select([], [], [s], 5)
    print('peek stops at the mark', s.recv(10, socket.MSG_PEEK), s.recv(10))
    print('peek skips the hole', s.recv(10, socket.MSG_PEEK), s.recv(10))
    s.setblocking(False)
    try:
        s.recv(10)
    except OSError as e:
        print('nothing more:', e)
    c.close()
    s.close()
