import selectors, socket

# Every selector class answers alike; DefaultSelector is epoll's on Linux.
print(selectors.DefaultSelector is selectors.EpollSelector)
print(selectors.EVENT_READ, selectors.EVENT_WRITE)
for cls in (selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector):
    print(cls.__name__, issubclass(cls, selectors.BaseSelector))
    a, b = socket.socketpair()
    with cls() as sel:
        sel.register(a, selectors.EVENT_READ | selectors.EVENT_WRITE, 'a')
        sel.register(b, selectors.EVENT_READ, 'b')
        print(sorted((key.data, mask) for key, mask in sel.select(0)))
        a.send(b'ping')
        print(sorted((key.data, mask) for key, mask in sel.select(0)))
        print(b.recv(10))
        b.shutdown(socket.SHUT_WR)
        print(sorted((key.data, mask) for key, mask in sel.select(0)))
        print(a.recv(10))
    print(sel.get_map())
    a.close()
    b.close()
sel = selectors.EpollSelector()
print(type(sel.fileno()).__name__, sel.fileno() > 2)
sel.close()
print(hasattr(selectors.SelectSelector(), 'fileno'))
