import selectors, socket, time

# select(timeout): None waits, 0 or less polls, a positive number waits at most that long.
a, b = socket.socketpair()
for cls in (selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector):
    sel = cls()
    sel.register(a, selectors.EVENT_READ)
    print(cls.__name__, sel.select(0), sel.select(-1), sel.select(0.0))
    start = time.monotonic()
    print(sel.select(0.3))
    waited = time.monotonic() - start
    print('waited at least the timeout:', waited >= 0.3)
    b.send(b'z')
    print([mask for key, mask in sel.select(10)])
    a.recv(10)
    sel.close()
# An empty selector still sleeps for its timeout.
with selectors.DefaultSelector() as sel:
    start = time.monotonic()
    print(sel.select(0.2), time.monotonic() - start >= 0.2)
a.close()
b.close()
