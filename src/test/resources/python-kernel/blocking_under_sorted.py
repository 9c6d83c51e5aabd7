# sorted() of a generator that waits in recv(), and a key= function that waits too.
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


print(sorted(answers(["tres", "uno", "dos"])))
print(sorted(answers(["b", "c", "a"]), reverse=True))


def remote_length(word):
    a.sendall(word.encode() * 2)
    return len(a.recv(100))


print(sorted(["ccc", "a", "bb"], key=remote_length))
words = ["dddd", "b", "cc"]
words.sort(key=remote_length)
print(words)
a.close()
