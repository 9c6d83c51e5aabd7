# replaces: cliente.py
# fails: espera-acotada, reintento, respuesta, muestra-respuesta, sin-inundar
# fires: pista-avalancha
# Retries without a timeout: a non-blocking socket that sends the request again as soon as
# recvfrom() has nothing yet. Fifty requests leave in a burst, long before any answer can cross
# the link, and the client gives up with no answer: a flood, and never a wait.
import socket

SERVIDOR = ('receptor', 7000)

c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
c.setblocking(False)
respuesta = None
for intento in range(1, 51):
    c.sendto(b'hora? %d' % intento, SERVIDOR)
    try:
        respuesta, _ = c.recvfrom(100)
        break
    except BlockingIOError:
        pass
if respuesta is None:
    print('el servidor no contesta')
else:
    print('respuesta:', respuesta)
c.close()
