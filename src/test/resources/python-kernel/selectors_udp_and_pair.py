import os, selectors, socket

# One selector over two UDP sockets and one end of a socketpair given as a bare descriptor number.
sel = selectors.DefaultSelector()
a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(('127.0.0.1', 6115))
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b.bind(('127.0.0.1', 6116))
left, right = socket.socketpair()
r = left.fileno()
sel.register(a, selectors.EVENT_READ, 'udp 6115')
sel.register(b, selectors.EVENT_READ, 'udp 6116')
sel.register(r, selectors.EVENT_READ, 'pair')
print(sel.get_key(r).fileobj == r, sel.get_key(r).fd == r)

sender = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
sender.sendto(b'to a', ('127.0.0.1', 6115))
sender.sendto(b'to b', ('127.0.0.1', 6116))
right.send(b'to the pair')
got = []
while len(got) < 3:
    for key, mask in sel.select(5):
        if key.data == 'pair':
            got.append((key.data, os.read(key.fd, 100)))
        else:
            data, addr = key.fileobj.recvfrom(100)
            got.append((key.data, data))
print(sorted(got))
right.close()
for key, mask in sel.select(0):
    print(key.data, mask, os.read(key.fd, 100))
sel.unregister(r)
left.close()
print(len(sel.get_map()), sel.select(0))
sel.close()
for s in (a, b, sender):
    s.close()
