import socket

SERVIDOR = ('receptor', 7000)

c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
c.sendto(b'hora? 1', SERVIDOR)
respuesta, _ = c.recvfrom(100)
print('respuesta:', respuesta)
c.close()
