# The checker's client (LESSONS.md §3): from the machine `cliente`, it connects to the restarted
# server's port 5000, says hello and reads the answer until the server closes. It starts once the
# server sleeps in accept(), so it never waits on a clock; it succeeds when an answer came.
import socket
import sys

c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
c.connect(('servidor', 5000))
c.sendall(b'hola')
respuesta = b''
while True:
    datos = c.recv(1024)
    if not datos:
        break
    respuesta += datos
c.close()
print('Sonda: el servidor dijo', respuesta)
sys.exit(0 if respuesta.startswith(b'hola') else 1)
