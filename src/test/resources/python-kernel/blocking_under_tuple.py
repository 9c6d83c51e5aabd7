# tuple() of a generator that waits in recv(), and unpacking one.
import socket
import threading

a, b = socket.socketpair()


def server():
    # Answers each request in capitals, so every recv() in the generator below waits for it.
    while True:
        data = b.recv(100)
        if not data:
            break
        b.sendall(data.upper())
    b.close()


threading.Thread(target=server).start()


def answers(words):
    for w in words:
        a.sendall(w.encode())
        yield a.recv(100).decode()


t = tuple(answers(["uno", "dos"]))
print(t)
x, y, z = answers(["a", "b", "c"])
print(x, y, z)
first, *rest = answers(["p", "q", "r"])
print(first, rest)
a.close()
