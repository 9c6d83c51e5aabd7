import socket

# A socket file whose read timed out: the lines already buffered still come, a read that needs
# the socket is refused, and the socket itself still works.
l = socket.socket()
l.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
l.bind(('127.0.0.1', 0))
l.listen()
c = socket.socket()
c.connect(l.getsockname())
s, _ = l.accept()
s.sendall(b'uno\ndos\n')
f = c.makefile('r', encoding='utf-8')
print(repr(f.readline()))
c.settimeout(0.05)
print(repr(f.readline()))
try:
    f.readline()
except TimeoutError as e:
    print('first:', type(e).__name__, e)
s.sendall(b'tres\n')
for attempt in ('readline', 'read'):
    try:
        getattr(f, attempt)()
    except OSError as e:
        print(attempt, 'after:', type(e).__name__, e, e.errno)
print('socket:', c.recv(10))
f.close()
c.close()
s.close()
l.close()
