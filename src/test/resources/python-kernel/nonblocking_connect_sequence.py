import errno, select, socket

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
addr = srv.getsockname()

c = socket.socket()
c.setblocking(False)
try:
    c.connect(addr)
    print('connected at once')
except BlockingIOError as e:
    print(type(e).__name__, e.errno, errno.errorcode[e.errno], e.strerror)
_, w, _ = select.select([], [c], [], 5)
print('writable', w == [c])
print('SO_ERROR', c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
r = c.connect_ex(addr)
print('connect_ex again', r, errno.errorcode.get(r, r))
r = c.connect_ex(addr)
print('connect_ex once more', r, errno.errorcode.get(r, r))
try:
    c.connect(addr)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
conn, peer = srv.accept()
print('peer matches', peer == c.getsockname())
c.send(b'ping')
conn.setblocking(True)
print(conn.recv(4))
conn.close()
c.close()
srv.close()
