import selectors, socket

# SelectorKey is a named tuple: fields, unpacking, repr, _replace.
a, b = socket.socketpair()
sel = selectors.SelectSelector()
key = sel.register(a, selectors.EVENT_READ, {'name': 'a'})
print(type(key).__name__, len(key))
print(selectors.SelectorKey._fields)
fileobj, fd, events, data = key
print(fileobj is a, fd == a.fileno(), events, data)
print(key[2], key[-1], key[1:3] == (a.fileno(), 1))
k = selectors.SelectorKey(3, 3, selectors.EVENT_WRITE, None)
print(k)
print(repr(k._replace(data='x')))
print(k == (3, 3, 2, None), hash(k) == hash((3, 3, 2, None)))
print(k._asdict())
print(selectors.SelectorKey(fileobj=5, fd=5, events=1, data='d'))
try:
    k.data = 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    k._replace(nope=1)
except ValueError as e:
    print('ValueError:', e)
print(repr(key).startswith('SelectorKey(fileobj=<socket.socket fd='))
sel.close()
a.close()
b.close()
