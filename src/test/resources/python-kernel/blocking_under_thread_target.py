# A thread whose target consumes, through builtins, a generator that waits in recv().
import socket
import threading

a, b = socket.socketpair()
results = {}


def lines(sock):
    buf = b""
    while True:
        data = sock.recv(4)
        if not data:
            break
        buf += data
        while b"\n" in buf:
            line, buf = buf.split(b"\n", 1)
            yield line.decode()


def reader():
    results["sorted"] = sorted(lines(a), key=len)


t = threading.Thread(target=reader)
t.start()
for word in ["tres", "uno", "cuatro", "dos"]:
    b.sendall(word.encode() + b"\n")
b.close()
t.join()
print(results)
a.close()
