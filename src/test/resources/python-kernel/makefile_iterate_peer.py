# A client reads a server's lines with `for line in f`, each as it arrives: the forked server
# sends them one at a time, pausing between, and the loop prints each before the next is sent.
import os
import socket
import time

servidor = socket.socket()
servidor.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
servidor.bind(("127.0.0.1", 50241))
servidor.listen()
if os.fork() == 0:
    conexion, _ = servidor.accept()
    servidor.close()
    for palabra in ("uno", "dos", "tres"):
        print("servidor envía", palabra, flush=True)
        conexion.sendall(palabra.encode() + b"\n")
        time.sleep(0.1)
    conexion.sendall(b"sin fin de linea")
    conexion.close()
    os._exit(0)
servidor.close()
cliente = socket.create_connection(("127.0.0.1", 50241))
f = cliente.makefile("r", encoding="utf-8")
for linea in f:
    print("cliente recibe", repr(linea), flush=True)
try:
    next(f)
except StopIteration:
    print("StopIteration al final")
print(repr(f.readline()), f.readlines())
os.wait()
print(iter(f) is f, f.__iter__() is f)
f.close()
try:
    iter(f)
except ValueError as e:
    print("ValueError:", e)
cliente.close()

# The same with a binary file and next() by hand.
a, b = socket.socketpair()
b.sendall(b"alfa\nbeta\n")
b.shutdown(socket.SHUT_WR)
rb = a.makefile("rb")
print(next(rb), rb.__next__(), next(rb, "fin"))
rb.close()
try:
    next(rb)
except ValueError as e:
    print("ValueError:", e)
a.close()
b.close()
