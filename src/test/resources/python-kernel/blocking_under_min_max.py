# min() and max() over a generator that waits in recv(), with and without a key that waits.
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


print(min(answers(["tres", "uno", "dos"])))
print(max(answers(["tres", "uno", "dos"]), key=len))


def remote_size(word):
    a.sendall(word.encode())
    return len(a.recv(100))


print(min(["ccc", "a", "bb"], key=remote_size), max("xy", "z", key=remote_size))
print(max(answers([]), default="vacío"))
a.close()
