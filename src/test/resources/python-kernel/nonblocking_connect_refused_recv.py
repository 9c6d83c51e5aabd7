import errno, select, socket

probe = socket.socket()
probe.bind(('127.0.0.1', 0))
port = probe.getsockname()[1]
probe.close()

c = socket.socket()
c.setblocking(False)
try:
    c.connect(('127.0.0.1', port))
except BlockingIOError as e:
    print('BlockingIOError', errno.errorcode[e.errno])
select.select([], [c], [], 5)
# Without asking SO_ERROR, the next call on the socket reports the refusal.
try:
    c.recv(10)
except OSError as e:
    print(type(e).__name__, errno.errorcode[e.errno])
print('SO_ERROR then', c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
try:
    c.send(b'x')
except OSError as e:
    print(type(e).__name__, errno.errorcode[e.errno])
c.close()
