# filter() with a predicate that waits for the server, and over a generator that waits.
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


def accepted(word):
    a.sendall(word.encode())
    return a.recv(100).decode().startswith("S")


print(list(filter(accepted, ["si", "no", "sí", "nunca"])))
print(list(filter(lambda w: "O" in w, answers(["uno", "bien", "dos"]))))
print(list(filter(None, (w.strip() for w in answers([" ", "a", "b"])))))
a.close()
