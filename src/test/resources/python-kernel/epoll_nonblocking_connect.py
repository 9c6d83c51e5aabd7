import errno, select, socket

# A non-blocking connect() watched with epoll: writable once made, an error and a hang-up once refused.
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 5812))
srv.listen()
ep = select.epoll()
c = socket.socket()
c.setblocking(False)
print('connect_ex', errno.errorcode.get(c.connect_ex(('127.0.0.1', 5812)), 0))
ep.register(c, select.EPOLLOUT)
print('hecho', ep.poll(2) == [(c.fileno(), select.EPOLLOUT)], c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
ep.unregister(c)
d = socket.socket()
d.setblocking(False)
print('connect_ex', errno.errorcode.get(d.connect_ex(('127.0.0.1', 5813)), 0))
ep.register(d, select.EPOLLOUT | select.EPOLLIN)
fd, mask = ep.poll(2)[0]
print('rechazado', fd == d.fileno(), 'out', bool(mask & select.EPOLLOUT), 'err', bool(mask & select.EPOLLERR),
      'hup', bool(mask & select.EPOLLHUP))
print(errno.errorcode[d.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)])
ep.close()
for s in (c, d, srv):
    s.close()
