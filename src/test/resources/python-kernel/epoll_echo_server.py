import os, select, socket, time

# An echo server on epoll (level-triggered), three clients arriving one after another.
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 5801))
srv.listen(5)
for i in range(3):
    if os.fork() == 0:
        srv.close()
        time.sleep(0.15 * i)
        c = socket.create_connection(('127.0.0.1', 5801))
        c.sendall(b'hola %d' % i)
        reply = c.recv(100)
        c.close()
        os._exit(0 if reply == b'HOLA %d' % i else 1)
ep = select.epoll()
ep.register(srv.fileno(), select.EPOLLIN)
conns = {}
served = 0
log = []
while served < 3:
    for fd, events in ep.poll(5):
        if fd == srv.fileno():
            conn, addr = srv.accept()
            conns[conn.fileno()] = conn
            ep.register(conn.fileno(), select.EPOLLIN)
            log.append('accept')
        elif events & select.EPOLLIN:
            conn = conns[fd]
            data = conn.recv(100)
            if data:
                conn.sendall(data.upper())
                log.append(data.decode())
            else:
                ep.unregister(fd)
                del conns[fd]
                conn.close()
                served += 1
                log.append('cerrado')
print(log)
codes = sorted(os.WEXITSTATUS(os.wait()[1]) for _ in range(3))
print(codes)
ep.close()
srv.close()
