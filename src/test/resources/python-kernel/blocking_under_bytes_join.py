# bytes.join() and bytearray.join() of a generator of bytes that waits in recv().
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


def raw(words):
    for w in words:
        a.sendall(w)
        yield a.recv(100)


print(b", ".join(raw([b"uno", b"dos"])))
print(bytearray(b"|").join(raw([b"a", b"b"])))
print(b"".join(raw([b"p", b"q"])))
a.close()
