# next() over a generator that waits in recv(): each call resumes it, and it waits under the builtin.
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


g = answers(["uno", "dos", "tres"])
print(next(g))
print(next(g))
print(g.send(None))
print(next(g, "fin"))
try:
    next(g)
except StopIteration:
    print("StopIteration")
a.close()
