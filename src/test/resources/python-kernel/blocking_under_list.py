# list() of a generator that waits in recv(), and list.extend() of another.
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


words = list(answers(["uno", "dos", "tres"]))
print(words)
words.extend(answers(["cuatro"]))
words += answers(["cinco"])
print(words)
print([w.lower() for w in answers(["seis", "siete"])])
a.close()
