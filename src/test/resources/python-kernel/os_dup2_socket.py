import os, socket

a, b = socket.socketpair()
c, d = socket.socketpair()
print(os.dup2(a.fileno(), 20))
print(os.dup2(a.fileno(), 21, inheritable=False))
os.write(20, b'x')
os.write(21, b'y')
print(b.recv(10))
# dup2 onto a descriptor in use closes what was there: c's socket goes, d sees the end.
print(os.dup2(a.fileno(), c.fileno()) == c.fileno())
print(d.recv(10))
os.write(c.fileno(), b'z')
print(b.recv(10))
print(os.dup2(a.fileno(), a.fileno()))
for args in ((99, 22), (a.fileno(), -1)):
    try:
        os.dup2(*args)
    except OSError as e:
        print(args, type(e).__name__, e.errno, e.strerror)
try:
    os.dup2(a.fileno(), a.fileno(), inheritable=False)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
for fd in (20, 21):
    os.close(fd)
a.close(); b.close(); d.close()
try:
    c.close()
except OSError as e:
    print('c', type(e).__name__, e.errno)
