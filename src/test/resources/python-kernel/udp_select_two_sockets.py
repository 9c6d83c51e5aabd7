# One process, two UDP sockets, select() tells which one has a datagram.
import select
import socket

a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(("127.0.0.1", 50242))
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b.bind(("127.0.0.1", 50243))
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for port, word in [(50243, b"para b"), (50242, b"para a"), (50243, b"otra para b")]:
    s.sendto(word, ("127.0.0.1", port))
got = []
while len(got) < 3:
    ready, _, _ = select.select([a, b], [], [], 1)
    for sock in sorted(ready, key=lambda x: x.getsockname()[1]):
        got.append((sock.getsockname()[1], sock.recv(100)))
print(got)
print(select.select([a, b], [], [], 0.05))
