# The checker's client (LESSONS.md §3): from the machine `cliente`, it connects to the server's
# port 5000 and reads its greeting until the server closes the connection. It starts once the
# server sleeps in accept(), so it never waits on a clock; it succeeds when a greeting came.
import socket
import sys

c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
c.connect(('servidor', 5000))
saludo = b''
while True:
    datos = c.recv(1024)
    if not datos:
        break
    saludo += datos
c.close()
print('Sonda: el servidor dijo', saludo)
sys.exit(0 if saludo else 1)
