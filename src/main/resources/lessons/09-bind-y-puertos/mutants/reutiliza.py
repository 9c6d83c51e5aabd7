# replaces: puertos.py
# fails: eaddrinuse
# SO_REUSEADDR on both sockets, with nobody listening: Linux lets both bind, so the error the
# step asks for never comes (the option is for TIME_WAIT, not for sharing a port).
import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(('127.0.0.1', 0))
print('puerto efímero:', s.getsockname()[1])

p = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
try:
    p.bind(('127.0.0.1', 80))
except PermissionError as e:
    print('puerto 80:', e)
p.close()

a = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
a.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
a.bind(('127.0.0.1', 5000))
b = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
b.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
try:
    b.bind(('127.0.0.1', 5000))
except OSError as e:
    print('puerto 5000 otra vez:', e)
b.close()
try:
    a.bind(('127.0.0.1', 5001))
except OSError as e:
    print('bind dos veces:', e)
a.close()
s.close()
