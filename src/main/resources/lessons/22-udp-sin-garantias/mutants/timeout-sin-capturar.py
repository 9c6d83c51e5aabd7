# replaces: cliente.py
# fails: termina, reintento, respuesta, muestra-respuesta
# A timeout and a loop, but the timeout is not caught: the first lost request ends the program
# with a TimeoutError traceback instead of leading to the next try.
import socket

SERVIDOR = ('receptor', 7000)

c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
c.settimeout(1.0)
for intento in range(1, 6):
    c.sendto(b'hora? %d' % intento, SERVIDOR)
    respuesta, _ = c.recvfrom(100)
    if respuesta:
        break
print('respuesta:', respuesta)
c.close()
