import socket

# A connection the peer closed, written to until it breaks: what the other calls say after.
l = socket.socket()
l.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
l.bind(('127.0.0.1', 0))
l.listen()
c = socket.socket()
c.connect(l.getsockname())
s, _ = l.accept()
s.close()
print('eof:', c.recv(10))
print('first send:', c.send(b'x'))
for name, call in [('send', lambda: c.send(b'x')), ('getpeername', c.getpeername),
                   ('recv', lambda: c.recv(10)), ('shutdown', lambda: c.shutdown(socket.SHUT_RDWR)),
                   ('send again', lambda: c.send(b'x'))]:
    try:
        r = call()
        print(name, '->', r if name != 'getpeername' else 'an address')
    except OSError as e:
        print(name, '->', type(e).__name__, e)
c.close()
l.close()
