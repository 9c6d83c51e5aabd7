import select, socket

a, b = socket.socketpair()
p = select.poll()
p.register(a, select.POLLIN | select.POLLOUT)
ev = dict(p.poll(0))
print(ev[a.fileno()] & select.POLLOUT != 0, ev[a.fileno()] & select.POLLIN != 0)
b.send(b'x')
ev = dict(p.poll(0))
print(ev[a.fileno()] & select.POLLIN != 0)
a.recv(1)
b.close()
ev = dict(p.poll(100))
print(ev[a.fileno()] & select.POLLIN != 0, ev[a.fileno()] & select.POLLHUP != 0, a.recv(1))
p.unregister(a)
print(p.poll(0))
try:
    p.unregister(a)
except KeyError as e:
    print('KeyError', e)
a.close()
print(select.POLLIN, select.POLLOUT, select.POLLERR, select.POLLHUP, select.POLLNVAL, select.POLLPRI)
