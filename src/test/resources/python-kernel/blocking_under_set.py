# set() and frozenset() of a generator that waits in recv().
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


s = set(answers(["uno", "dos", "uno"]))
print(sorted(s))
f = frozenset(answers(["a", "b", "a"]))
print(sorted(f), len(f))
print(sorted({w for w in answers(["x", "y", "x"])}))
a.close()
