# replaces: puertos.py
# fails: eacces, eaddrinuse, einval
# fires: pista-eacces
# The error is not caught: the program dies at the first one and never reaches the others.
import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(('127.0.0.1', 0))
print('puerto efímero:', s.getsockname()[1])

p = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
p.bind(('127.0.0.1', 80))
p.close()

a = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
a.bind(('127.0.0.1', 5000))
b = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
b.bind(('127.0.0.1', 5000))
