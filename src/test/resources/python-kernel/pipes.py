# os.pipe() between a parent and its child, and os.read/os.write on a socket's descriptor.
import os
import socket

leer, escribir = os.pipe()
print(leer, escribir)
pid = os.fork()
if pid == 0:
    os.close(leer)
    for palabra in [b"uno ", b"dos ", b"tres"]:
        os.write(escribir, palabra)
    os.close(escribir)
    os._exit(0)
os.close(escribir)
recibido = b""
while True:
    trozo = os.read(leer, 4)
    if not trozo:
        break
    recibido += trozo
os.waitpid(pid, 0)
print("por la tubería:", recibido)
os.close(leer)

r, w = os.pipe()
try:
    os.write(r, b"x")
except OSError as e:
    print(type(e).__name__, e)
os.close(r)
try:
    os.write(w, b"x")
except BrokenPipeError as e:
    print(type(e).__name__, e)
a, b = socket.socketpair()
print(os.write(a.fileno(), b"por fd"), os.read(b.fileno(), 100))
for f in (lambda: os.read(99, 1), lambda: os.write(w, "str"), lambda: os.read(b.fileno(), -1)):
    try:
        f()
    except (OSError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
