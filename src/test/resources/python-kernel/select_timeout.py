import select, socket, time

a, b = socket.socketpair()
r, w, x = select.select([a], [], [], 0)
print(r, len(w), x)
r, w, x = select.select([a], [b], [], 0)
print(len(r), w == [b], x)
t0 = time.monotonic()
r, w, x = select.select([a], [], [], 0.3)
print(r, round(time.monotonic() - t0, 1))
b.send(b'x')
r, _, _ = select.select([a, b], [], [], 1)
print(r == [a], a.recv(1))
p = select.poll()
p.register(a, select.POLLIN)
print(p.poll(0))
b.send(b'yz')
print([(fd == a.fileno(), ev & select.POLLIN != 0) for fd, ev in p.poll(100)])
a.close()
b.close()
try:
    select.select([a], [], [], 0)
except (ValueError, OSError) as e:
    print(type(e).__name__, e)
