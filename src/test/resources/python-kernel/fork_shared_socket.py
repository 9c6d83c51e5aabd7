import os, socket

a, b = socket.socketpair()
pid = os.fork()
if pid == 0:
    a.sendall(b'del hijo ')
    a.close()
    os._exit(0)
os.waitpid(pid, 0)
a.sendall(b'y del padre')
a.close()
print(b.recv(100))
print(b.recv(100))
b.close()
