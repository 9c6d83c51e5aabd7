# dict() built from a generator of pairs that waits in recv(), and dict.update() too.
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


d = dict((w, len(w)) for w in answers(["uno", "dos", "tres"]))
print(d)
d.update(zip(answers(["x", "y"]), [1, 2]))
print(d)
print(dict.fromkeys(answers(["k1", "k2"]), 0))
a.close()
