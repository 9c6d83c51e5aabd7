import os, select, socket

# The epoll's own descriptor is inherited by fork(), with what it watches.
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 5806))
srv.listen()
ep = select.epoll()
ep.register(srv, select.EPOLLIN)
print('epoll en', ep.fileno(), 'escucha en', srv.fileno())
pid = os.fork()
if pid == 0:
    # The child waits on the inherited epoll and serves one client.
    events = ep.poll(5)
    print('hijo ve', events == [(srv.fileno(), select.EPOLLIN)], 'en el fd', ep.fileno())
    conn, _ = srv.accept()
    conn.sendall(conn.recv(100).upper())
    conn.close()
    ep.close()
    os._exit(0)
ep.close()
srv.close()
c = socket.create_connection(('127.0.0.1', 5806))
c.sendall(b'hola epoll')
print('padre recibe', c.recv(100))
c.close()
_, status = os.wait()
print('hijo terminó con', os.WEXITSTATUS(status))
