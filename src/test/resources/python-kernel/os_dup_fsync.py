import os, socket

a, b = socket.socketpair()
fd = os.dup(a.fileno())
print(fd > a.fileno())
os.write(fd, b"through the copy")
print(b.recv(100))
os.close(fd)
a.send(b"still open")
print(b.recv(100))
for target in (a, a.fileno()):
    try:
        os.fsync(target)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
try:
    os.fsync(99)
except OSError as e:
    print(e)
try:
    os.dup(99)
except OSError as e:
    print(e)
new = os.dup2(a.fileno(), 20)
print(new)
os.write(20, b"via 20")
print(b.recv(100))
os.close(20)
print(os.dup2(a.fileno(), a.fileno()) == a.fileno())
try:
    os.dup2(99, 5)
except OSError as e:
    print(e)
print(os.isatty(1), os.isatty(99))
try:
    os.get_terminal_size()
except OSError as e:
    print(e)
a.close()
b.close()
