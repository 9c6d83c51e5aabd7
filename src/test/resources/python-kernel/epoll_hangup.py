import select, socket

# What epoll reports when the other end goes: EPOLLRDHUP when asked, EPOLLHUP once both ways are shut.
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 5808))
srv.listen()
client = socket.create_connection(('127.0.0.1', 5808))
conn, _ = srv.accept()
ep = select.epoll()
ep.register(conn, select.EPOLLIN | select.EPOLLRDHUP)
print('nada', ep.poll(0))
client.sendall(b'adios')
client.shutdown(socket.SHUT_WR)
events = ep.poll(1)
fd, mask = events[0]
print('in', bool(mask & select.EPOLLIN), 'rdhup', bool(mask & select.EPOLLRDHUP), 'hup', bool(mask & select.EPOLLHUP))
print(conn.recv(100), conn.recv(100))
client.close()
conn.shutdown(socket.SHUT_WR)
events = ep.poll(1)
fd, mask = events[0]
print('in', bool(mask & select.EPOLLIN), 'rdhup', bool(mask & select.EPOLLRDHUP), 'hup', bool(mask & select.EPOLLHUP))
conn.close()
print('cerrado: sale solo', ep.poll(0))
ep.close()
srv.close()
