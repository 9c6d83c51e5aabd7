import select, socket

# EPOLLONESHOT: one report, then the descriptor is disarmed until modify() arms it again.
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 5803))
srv.listen()
client = socket.create_connection(('127.0.0.1', 5803))
conn, _ = srv.accept()
ep = select.epoll()
ep.register(conn.fileno(), select.EPOLLIN | select.EPOLLONESHOT)
client.sendall(b'uno')
print('primera', ep.poll(1))
print('desarmado', ep.poll(0.1))
client.sendall(b'dos')
print('sigue desarmado', ep.poll(0.1))
try:
    ep.register(conn.fileno(), select.EPOLLIN)
except FileExistsError as e:
    print('sigue registrado:', e)
ep.modify(conn.fileno(), select.EPOLLIN | select.EPOLLONESHOT)
print('rearmado', ep.poll(1))
print(conn.recv(100))
ep.modify(conn.fileno(), select.EPOLLIN)
print('sin datos', ep.poll(0))
client.sendall(b'tres')
print('nivel', ep.poll(1), ep.poll(1))
ep.unregister(conn.fileno())
print('fuera', ep.poll(0))
ep.close()
for s in (client, conn, srv):
    s.close()
