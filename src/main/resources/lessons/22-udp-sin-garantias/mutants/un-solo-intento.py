# replaces: cliente.py
# fails: reintento, respuesta, muestra-respuesta
# A timeout but no retry: the client stops waiting, which is half the cure, and gives up at the
# first loss instead of asking again.
import socket

SERVIDOR = ('receptor', 7000)

c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
c.settimeout(1.0)
c.sendto(b'hora? 1', SERVIDOR)
try:
    respuesta, _ = c.recvfrom(100)
    print('respuesta:', respuesta)
except socket.timeout:
    print('el servidor no contesta')
c.close()
