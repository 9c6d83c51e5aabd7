# Urgent data (MSG_OOB) over TCP and an AF_UNIX stream: the last byte of a send(MSG_OOB) is the
# urgent byte; reads stop before its mark and skip it, recv(MSG_OOB) takes it once, select's
# exceptional list and poll's POLLPRI report it until taken; an older urgent byte the reader has
# not passed becomes ordinary data when a newer one arrives.
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
    try:
        s.recv(1, socket.MSG_OOB)
    except OSError as e:
        print('nothing urgent yet:', e)
    print('sent', c.send(b'abc'), c.send(b'XY', socket.MSG_OOB), c.send(b'def'))
    r, w, x = select.select([s], [], [s], 5)
    print('select', len(r), len(w), len(x))
    p = select.poll()
    p.register(s, select.POLLIN | select.POLLPRI)
    print('poll', [revents for fd, revents in p.poll(0)])
    p.modify(s, select.POLLPRI)
    print('poll pri only', [revents for fd, revents in p.poll(0)])
    print('up to the mark', s.recv(100))
    r, w, x = select.select([s], [], [s], 0)
    print('at the mark', len(r), len(x))
    print('urgent', s.recv(10, socket.MSG_OOB))
    try:
        s.recv(1, socket.MSG_OOB)
    except OSError as e:
        print('taken already:', e)
    r, w, x = select.select([s], [], [s], 0)
    print('after taking it', len(r), len(x))
    print('past the hole', s.recv(100))
    c.send(b'1')
    c.send(b'A', socket.MSG_OOB)
    c.send(b'2')
    c.send(b'B', socket.MSG_OOB)
    c.send(b'3')
    select.select([], [], [s], 5)
    print('older urgent byte in line', s.recv(100))
    print('the newer one', s.recv(1, socket.MSG_OOB))
    print('rest', s.recv(100))
    c.send(b'K', socket.MSG_OOB)
    c.close()
    select.select([], [], [s], 5)
    print('after the peer closed', s.recv(1, socket.MSG_OOB), s.recv(10))
    try:
        s.recv(1, socket.MSG_OOB)
    except OSError as e:
        print('none left:', e)
    s.close()
