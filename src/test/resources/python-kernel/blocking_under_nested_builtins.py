# A generator that waits in recv(), inside a list comprehension, inside sorted() with a key.
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


print(sorted([w for w in answers(["tres", "uno", "dos"])], key=len))
print(sorted((w.lower() for w in answers(["b", "a"])), key=lambda w: [x for x in answers([w])]))
print(max([len(w) for w in answers(["uno", "cuatro"])]))
a.close()
