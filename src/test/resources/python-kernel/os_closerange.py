# os.closerange closes every open descriptor in [low, high) and ignores the rest.
import os
import socket

socks = [socket.socket() for _ in range(4)]
fds = [s.fileno() for s in socks]
print(fds)
os.closerange(fds[1], fds[3])
for fd in fds:
    try:
        os.fsync(fd)
    except OSError as e:
        print(fd, e.errno)
os.closerange(100, 50)
os.closerange(fds[0], fds[0] + 1)
try:
    os.fsync(fds[0])
except OSError as e:
    print("closed:", e)
os.close(fds[3])
for s in socks:
    s.detach()
print("done")
