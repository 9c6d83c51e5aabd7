# replaces: datagramas.py
# fails: dos-recvfrom, limites, datagramas-enteros
# One recvfrom() with room for both datagrams, as if UDP were a stream: it brings only the
# first one, and the second is left unread.
import socket

receptor = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
receptor.bind(('127.0.0.1', 5006))
emisor = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
emisor.sendto(b'hola', ('127.0.0.1', 5006))
emisor.sendto(b'mundo', ('127.0.0.1', 5006))
datos, origen = receptor.recvfrom(1024)
print('recibido:', datos)
emisor.close()
receptor.close()
