# A socket read as a file: makefile().readline() gives whole lines, whatever the sends were.
import os
import socket
import time

servidor = socket.socket()
servidor.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
servidor.bind(("127.0.0.1", 50230))
servidor.listen()
if os.fork() == 0:
    servidor.close()
    c = socket.create_connection(("127.0.0.1", 50230))
    c.sendall(b"GET / HTTP/1.0\r\nHost: lab\r")
    time.sleep(0.05)
    c.sendall(b"\n\r\n")
    f = c.makefile("rb")
    print("hijo lee:", f.readline(), flush=True)
    f.close()
    c.close()
    os._exit(0)
conexion, _ = servidor.accept()
entrada = conexion.makefile("r")
print(entrada)
while True:
    linea = entrada.readline()
    print(repr(linea), flush=True)
    if linea in ("\n", ""):
        break
salida = conexion.makefile("w")
print(salida.write("HTTP/1.0 200 OK\n"), flush=True)
salida.flush()
salida.close()
os.wait()
conexion.close()
print(conexion)
entrada.close()
print(conexion)
try:
    entrada.readline()
except ValueError as e:
    print(e)
a, b = socket.socketpair()
r = a.makefile("rb")
b.settimeout(0.1)
a.settimeout(0.1)
try:
    r.readline()
except socket.timeout as e:
    print("timeout:", e)
try:
    r.write(b"x")
except OSError as e:
    print(type(e).__name__, e)
try:
    a.makefile("x")
except ValueError as e:
    print(e)
w = b.makefile("wb")
try:
    w.write("texto")
except TypeError as e:
    print(e)
