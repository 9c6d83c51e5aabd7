# sum() of numbers a generator reads from a socket, waiting in recv() for each.
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


print(sum(len(w) for w in answers(["uno", "dos", "tres"])))
print(sum((int(w) for w in answers(["1", "20", "300"])), 1000))
a.close()
