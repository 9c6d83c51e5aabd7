import select, socket, time

# poll()'s timeout is seconds as a float: 0 looks once, None or a negative number waits.
ep = select.epoll()
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 5805))
srv.listen()
ep.register(srv, select.EPOLLIN)
start = time.monotonic()
print('cero', ep.poll(0))
print('un cuarto', ep.poll(0.25))
waited = time.monotonic() - start
print('esperó al menos 0.25 s:', waited >= 0.25)
print('int', ep.poll(timeout=0, maxevents=4))
client = socket.create_connection(('127.0.0.1', 5805))
print('listo, sin límite', ep.poll(-1))
print('listo, None', ep.poll(None, 1))
print('listo, -2.5', ep.poll(-2.5))
conn, _ = srv.accept()
print('aceptado', ep.poll(0.05))
ep.register(conn, select.EPOLLOUT)
print('escribible', ep.poll(1))
ep.close()
for s in (client, conn, srv):
    s.close()
