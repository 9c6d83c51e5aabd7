# zip() of a generator that waits in recv() with a list, and of two such generators.
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


print(list(zip([1, 2, 3], answers(["uno", "dos", "tres"]))))
print(list(zip(answers(["a", "b"]), answers(["x", "y"]))))
print(dict(zip(answers(["k", "j"]), range(2))))
a.close()
