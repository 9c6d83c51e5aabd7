# Builtins that call a socket method themselves — map(sock.recv, …), iter(callable, sentinel) — wait in it.
import socket
import threading
import time

a, b = socket.socketpair()


def writer():
    for piece in [b"ab", b"cd", b"ef"]:
        b.sendall(piece)
        time.sleep(0.05)
    b.close()


threading.Thread(target=writer).start()
print(list(map(a.recv, [2, 2])))
print(list(iter(lambda: a.recv(2), b"")))
c, d = socket.socketpair()
d.sendall(b"xyz")
d.close()
print([chunk for chunk in iter(lambda: c.recv(1), b"")])
print(list(map(time.sleep, [0.01, 0.01])))
it = iter(int, 1)
print(next(it), next(it))
