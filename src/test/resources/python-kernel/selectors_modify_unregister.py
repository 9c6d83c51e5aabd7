import selectors, socket

# modify() changes the events or only the data; unregister() hands back the key.
a, b = socket.socketpair()
sel = selectors.DefaultSelector()
k1 = sel.register(a, selectors.EVENT_READ, 'first')
print(k1.events, k1.data)
k2 = sel.modify(a, selectors.EVENT_READ, 'second')
print(k2.events, k2.data, k2 is k1, k2 == k1)
k3 = sel.modify(a, selectors.EVENT_READ, 'second')
print(k3 is k2)
k4 = sel.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE, 'both')
print(k4.events, k4.data)
print(sel.get_key(a) is k4)
for key, mask in sel.select(0):
    print('ready:', key.data, mask)
b.send(b'x')
for key, mask in sel.select(0):
    print('ready:', key.data, mask)
k5 = sel.modify(a, selectors.EVENT_WRITE)
print(k5.events, k5.data)
gone = sel.unregister(a)
print(gone is k5, gone.fd == a.fileno())
print(sel.select(0))
try:
    sel.unregister(a)
except KeyError as e:
    print('KeyError:', e)
try:
    sel.modify(a, selectors.EVENT_READ)
except KeyError as e:
    print('KeyError:', e)
# Register by descriptor number instead of by socket.
k = sel.register(b.fileno(), selectors.EVENT_READ, 'by fd')
print(k.fileobj == b.fileno(), sel.get_key(b).data)
a.send(b'y')
print([(key.data, mask) for key, mask in sel.select(0)])
# A socket closed while registered can still be unregistered by the same object.
b.close()
print(sel.unregister(k.fileobj).data)
sel.close()
a.close()
