# replaces: cliente.py
# fails: espera-acotada, termina, reintento, respuesta, muestra-respuesta
# The retry loop without a timeout: UDP is taken to be reliable, so recvfrom() is left to wait.
# The first request is lost, nothing will ever come, and the client sleeps in its first
# recvfrom() until the run is over; the loop never gets to its second try.
import socket

SERVIDOR = ('receptor', 7000)

c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
respuesta = None
for intento in range(1, 6):
    c.sendto(b'hora? %d' % intento, SERVIDOR)
    print('intento', intento, 'enviado')
    try:
        respuesta, _ = c.recvfrom(100)
        break
    except socket.timeout:
        print('intento', intento, 'sin respuesta')
print('respuesta:', respuesta)
c.close()
