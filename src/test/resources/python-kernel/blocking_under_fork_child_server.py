# A child process serves; the parent reads its lines with list() and dict() over generators that wait.
import os
import socket

a, b = socket.socketpair()
pid = os.fork()
if pid == 0:
    a.close()
    f = b.makefile("rw")
    for request in f:
        f.write(request.strip()[::-1] + "\n")
        f.flush()
    os._exit(0)
b.close()
f = a.makefile("rw")


def ask(words):
    for w in words:
        f.write(w + "\n")
        f.flush()
        yield f.readline().strip()


print(list(ask(["uno", "dos"])))
print(dict(zip(["a", "b"], ask(["hola", "chau"]))))
f.close()
a.close()
print(os.waitpid(pid, 0)[1])
