import os, socket

a, b = socket.socketpair()
fd = os.dup(a.fileno())
print(fd > a.fileno())
os.write(fd, b'through the copy')
print(b.recv(100))
s = socket.socket(fileno=fd)
s.sendall(b' and a socket on it')
print(b.recv(100))
s.close()
a.close()
b.close()
try:
    os.dup(fd)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
