# Where MSG_OOB is refused: datagram sockets (EOPNOTSUPP, except a UDP receive, which ignores it),
# an empty urgent send on an AF_UNIX stream; an unconnected TCP socket's send is EPIPE and its
# recv(MSG_OOB) EINVAL. An urgent byte taken and then replaced before the reader passed it comes
# back as data on TCP, never on an AF_UNIX stream.
import select
import socket

u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
try:
    u.sendto(b'x', socket.MSG_OOB, ('127.0.0.1', 9))
except OSError as e:
    print('udp sendto:', e)
try:
    u.recv(1, socket.MSG_OOB | socket.MSG_DONTWAIT)
except OSError as e:
    print('udp recv:', e)
u.close()
a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
for call in (lambda: a.send(b'x', socket.MSG_OOB), lambda: b.recv(1, socket.MSG_OOB | socket.MSG_DONTWAIT)):
    try:
        call()
    except OSError as e:
        print('unix datagram:', e)
a.close()
b.close()
t = socket.socket()
try:
    t.send(b'x', socket.MSG_OOB)
except OSError as e:
    print('unconnected send:', e)
try:
    t.recv(1, socket.MSG_OOB)
except OSError as e:
    print('unconnected recv:', e)
t.close()

listener = socket.socket()
listener.bind(('127.0.0.1', 0))
listener.listen()
pairs = []
client = socket.socket()
client.connect(listener.getsockname())
server, _ = listener.accept()
pairs.append(('tcp', client, server))
pairs.append(('unix',) + socket.socketpair())
for label, c, s in pairs:
    try:
        print(label, 'empty urgent send', c.send(b'', socket.MSG_OOB))
    except OSError as e:
        print(label, 'empty urgent send:', e)
    c.send(b'ab')
    c.send(b'Q', socket.MSG_OOB)
    select.select([], [], [s], 5)
    print(label, 'zero bytes asked', s.recv(0, socket.MSG_OOB))
    print(label, 'with MSG_WAITALL', s.recv(10, socket.MSG_OOB | socket.MSG_WAITALL))
    print(label, 'sent', c.send(b'xyz', socket.MSG_OOB))
    select.select([], [], [s], 5)
    print(label, 'read', s.recv(100), 'urgent', s.recv(1, socket.MSG_OOB))
    c.close()
    s.close()
listener.close()
