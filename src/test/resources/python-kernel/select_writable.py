import select, socket

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 5401))
srv.listen()
c = socket.socket()
c.setblocking(False)
print(c.connect_ex(('127.0.0.1', 5401)) in (0, 115))
_, w, _ = select.select([], [c], [], 2)
print(w == [c], c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
conn, _ = srv.accept()
r, w, _ = select.select([conn], [conn], [], 0)
print(r, w == [conn])
c.send(b'listo')
r, _, _ = select.select([conn], [], [], 1)
print(r == [conn], conn.recv(10))
try:
    select.select([], [], [], -1)
except ValueError as e:
    print('ValueError', e)
try:
    select.select([object()], [], [], 0)
except TypeError as e:
    print('TypeError', e)
for s in (c, conn, srv):
    s.close()
