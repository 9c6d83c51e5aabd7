# map() over a generator that waits in recv(), and with a function that waits itself.
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


print(list(map(str.lower, answers(["UNO", "DOS"]))))


def shout(word):
    a.sendall(word.encode())
    return a.recv(100).decode() + "!"


print(list(map(shout, ["hola", "chau"])))
m = map(shout, answers(["x", "y"]))
print(next(m), next(m))
print(list(map(lambda w, n: w * n, answers(["a", "b"]), [1, 2])))
a.close()
