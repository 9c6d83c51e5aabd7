import select, socket

# Two level-triggered descriptors ready at once: poll(maxevents=1) takes them in turn,
# as Linux's ready list does, so neither starves the other.
a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(('127.0.0.1', 5816))
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b.bind(('127.0.0.1', 5817))
sender = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
sender.sendto(b'x', ('127.0.0.1', 5816))
sender.sendto(b'y', ('127.0.0.1', 5817))
ep = select.epoll()
ep.register(a, select.EPOLLIN)
ep.register(b, select.EPOLLIN)
names = {a.fileno(): 'a', b.fileno(): 'b'}
print([names[fd] for fd, _ in ep.poll(1)])
print([names[ep.poll(1, 1)[0][0]] for _ in range(4)])
print(a.recv(10))
print([names[fd] for fd, _ in ep.poll(1)])
ep.close()
for s in (a, b, sender):
    s.close()
