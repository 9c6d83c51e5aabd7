import socket

SERVIDOR = ('receptor', 7000)

c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
c.settimeout(1.0)                     # no esperar más de un segundo cada respuesta
respuesta = None
for intento in range(1, 6):           # como mucho cinco intentos
    peticion = b'hora? %d' % intento
    c.sendto(peticion, SERVIDOR)
    print('intento', intento, 'enviado')
    try:
        respuesta, _ = c.recvfrom(100)
        break
    except socket.timeout:
        print('intento', intento, 'sin respuesta')
if respuesta is None:
    print('el servidor no contesta')
else:
    print('respuesta:', respuesta)
c.close()
