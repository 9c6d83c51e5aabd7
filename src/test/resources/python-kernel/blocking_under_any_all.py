# any() and all() stop as soon as they know, each item waited for in recv().
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


print(any(w == "DOS" for w in answers(["uno", "dos", "tres"])))
print(all(w.isupper() for w in answers(["uno", "dos"])))
print(any(w.startswith("Z") for w in answers(["a", "b"])))
g = answers(["x", " ", "y"])
print(all(w.strip() for w in g), next(g))
a.close()
