import select, socket

# An epoll server's calls as strace shows them: create, watch, wait, change, stop watching.
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 5811))
srv.listen()
ep = select.epoll()
ep.register(srv.fileno(), select.EPOLLIN | select.EPOLLET)
client = socket.socket()
client.connect(('127.0.0.1', 5811))
print(ep.poll(1.5) == [(srv.fileno(), select.EPOLLIN)])
conn, _ = srv.accept()
ep.register(conn.fileno(), select.EPOLLIN | select.EPOLLRDHUP)
try:
    ep.register(conn.fileno(), select.EPOLLIN)
except FileExistsError as e:
    print(e)
client.send(b'hola')
print(len(ep.poll(0.25, 4)))
print(conn.recv(100))
ep.modify(conn.fileno(), select.EPOLLIN | select.EPOLLONESHOT)
print(ep.poll(0))
ep.unregister(conn.fileno())
try:
    ep.unregister(conn.fileno())
except FileNotFoundError as e:
    print(e)
ep.close()
client.close()
conn.close()
srv.close()
