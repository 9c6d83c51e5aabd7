import socket

receptor = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
receptor.bind(('127.0.0.1', 5007))

emisor = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
emisor.sendto(b'un datagrama largo', ('127.0.0.1', 5007))
emisor.sendto(b'otro', ('127.0.0.1', 5007))

# Un búfer de 4 bytes para un datagrama de 18: llega el principio, el resto se descarta.
datos, origen = receptor.recvfrom(4)
print('recvfrom(4) trajo', datos)
# La siguiente lectura no continúa el anterior: trae el datagrama siguiente.
datos, origen = receptor.recvfrom(1024)
print('recvfrom(1024) trajo', datos)

emisor.close()
receptor.close()
