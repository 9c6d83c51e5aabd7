# enumerate() over a generator that waits in recv().
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


for i, word in enumerate(answers(["uno", "dos", "tres"]), 1):
    print(i, word)
e = enumerate(answers(["cuatro", "cinco"]))
print(next(e))
print(list(e))
a.close()
