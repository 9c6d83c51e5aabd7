import errno, select, socket

# A port nobody listens on: the refusal comes later, through poll and SO_ERROR.
probe = socket.socket()
probe.bind(('127.0.0.1', 0))
port = probe.getsockname()[1]
probe.close()

c = socket.socket()
c.setblocking(False)
r = c.connect_ex(('127.0.0.1', port))
print('connect_ex', errno.errorcode.get(r, r))
p = select.poll()
p.register(c, select.POLLOUT)
events = p.poll(5000)
fd, ev = events[0]
print(fd == c.fileno(), bool(ev & select.POLLOUT), bool(ev & select.POLLERR), bool(ev & select.POLLHUP))
err = c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
print('SO_ERROR', errno.errorcode[err])
print('SO_ERROR again', c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
r = c.connect_ex(('127.0.0.1', port))
print('connect_ex after', errno.errorcode.get(r, r))
c.close()
