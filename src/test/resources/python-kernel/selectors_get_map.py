import selectors, socket

# get_map() is a read-only view from file objects (or their descriptors) to keys.
a, b = socket.socketpair()
c, d = socket.socketpair()
sel = selectors.DefaultSelector()
sel.register(a, selectors.EVENT_READ, 'a')
sel.register(c, selectors.EVENT_WRITE, 'c')
m = sel.get_map()
print(len(m), sorted(m) == sorted([a.fileno(), c.fileno()]))
print(m[a].data, m[c.fileno()].data)
print(a in m, b in m, a.fileno() in m)
print(m.get(b), m.get(b, 'none'), m.get(c).data)
print(sorted(k.data for k in m.values()))
print(sorted(key.data for fd, key in m.items()))
for fd in m:
    print(fd == m[fd].fd)
try:
    m[b]
except KeyError as e:
    print('KeyError:', e)
try:
    sel.get_key(b)
except KeyError as e:
    print('KeyError:', e)
try:
    m['nope']
except ValueError as e:
    print('ValueError:', e)
print(m is sel.get_map())
sel.unregister(a)
print(len(m), a in m)
try:
    m[a] = 1
except TypeError as e:
    print('TypeError:', e)
sel.close()
print(sel.get_map())
try:
    sel.get_key(c)
except RuntimeError as e:
    print('RuntimeError:', e)
for s in (a, b, c, d):
    s.close()
