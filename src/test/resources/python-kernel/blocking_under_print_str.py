# print(), str(), format() and f-strings of an object whose __str__ and __format__ wait for a server.
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


class Greeting:
    def __init__(self, word):
        self.word = word

    def __str__(self):
        a.sendall(self.word.encode())
        return a.recv(100).decode()

    def __format__(self, spec):
        return format(str(self), spec)


g = Greeting("hola")
print(g)
print(g, Greeting("mundo"), sep=" - ")
print(str(g) + "!", f"[{g:>8}]", "{}".format(Greeting("x")))
print("%s y %s" % (g, Greeting("chau")))
a.close()
