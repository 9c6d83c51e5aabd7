import select, socket

# Datagrams on epoll, and maxevents bounding how many ready descriptors one poll() returns.
a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(('127.0.0.1', 5809))
b.bind(('127.0.0.1', 5810))
sender = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
ep = select.epoll()
ep.register(a, select.EPOLLIN)
ep.register(b, select.EPOLLIN | select.EPOLLET)
sender.sendto(b'uno', ('127.0.0.1', 5809))
sender.sendto(b'dos', ('127.0.0.1', 5810))
got = ep.poll(1)
while len(got) < 2:
    got += [e for e in ep.poll(1) if e not in got]
print(sorted(got) == sorted([(a.fileno(), select.EPOLLIN), (b.fileno(), select.EPOLLIN)]))
print('uno a la vez', len(ep.poll(1, 1)))
print(a.recvfrom(100)[0])
print('b, sin nada nuevo', ep.poll(0))
sender.sendto(b'tres', ('127.0.0.1', 5810))
print('b, llega otro', ep.poll(1) == [(b.fileno(), select.EPOLLIN)])
print(b.recv(100), b.recv(100))
print('vacío', ep.poll(0))
ep.register(sender, select.EPOLLOUT)
print('escribible', ep.poll(0) == [(sender.fileno(), select.EPOLLOUT)])
ep.close()
for s in (a, b, sender):
    s.close()
