# A socket's descriptor flag get_inheritable/set_inheritable (off for a new socket, kept by fork),
# and family, type, proto and timeout as names of the socket class.
import os
import socket

s = socket.socket()
print(s.get_inheritable())
s.set_inheritable(True)
print(s.get_inheritable())
s.set_inheritable(0)
print(s.get_inheritable())
s.set_inheritable(5)
pid = os.fork()
if pid == 0:
    print("child sees", s.get_inheritable())
    os._exit(0)
os.waitpid(pid, 0)
try:
    s.set_inheritable("x")
except TypeError as e:
    print("TypeError:", e)
s.close()
for call in (s.get_inheritable, lambda: s.set_inheritable(True)):
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e.errno, e)

a, b = socket.socketpair()
print(a.get_inheritable(), b.get_inheritable())
print([n for n in ("family", "type", "proto", "timeout", "get_inheritable", "set_inheritable") if n in dir(a)])
print(a.family, a.type, a.proto, a.timeout)
a.close()
b.close()
