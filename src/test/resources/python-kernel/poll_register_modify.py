# poll(): register, modify and unregister descriptors; events as bit masks.
import select
import socket

a, b = socket.socketpair()
p = select.poll()
p.register(a, select.POLLIN)
print(p.poll(0))
b.send(b"x")
print([(fd == a.fileno(), ev) for fd, ev in p.poll(100)])
p.modify(a, select.POLLOUT)
print([(fd == a.fileno(), ev == select.POLLOUT) for fd, ev in p.poll(0)])
p.unregister(a)
print(p.poll(0))
try:
    p.unregister(a)
except KeyError as e:
    print("KeyError", e.args[0] == a.fileno())
p.register(b.fileno())
a.close()
print([(ev & select.POLLIN != 0, ev & select.POLLHUP != 0) for fd, ev in p.poll(100)])
print(select.POLLIN, select.POLLOUT, select.POLLERR, select.POLLHUP, select.POLLNVAL, select.POLLPRI)
