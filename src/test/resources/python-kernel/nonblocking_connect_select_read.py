import select, socket

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
c = socket.socket()
c.setblocking(False)
c.connect_ex(srv.getsockname())
r, w, x = select.select([c], [c], [c], 5)
print('readable', r == [c], 'writable', w == [c], 'exceptional', x == [c])
conn, _ = srv.accept()
conn.sendall(b'hi')
r, w, x = select.select([c], [], [], 5)
print('readable now', r == [c], c.recv(10))
try:
    c.recv(10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno)
conn.close()
c.close()
srv.close()
