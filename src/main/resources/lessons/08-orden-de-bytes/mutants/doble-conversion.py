# replaces: orden.py
# fails: en-la-red, valor-leido
# htons() and then '!H': the number is turned twice, so the wire carries 88 13 and the
# receiver reads 34835 — the classic mistake of mixing C's way with struct's.
import socket
import struct

puerto = 5000
print('htons(5000) =', socket.htons(puerto))
print('htonl(0x7f000001) =', socket.htonl(0x7F000001))
print("struct.pack('!H', 5000) =", struct.pack('!H', puerto))

receptor = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
receptor.bind(('127.0.0.1', 5008))
emisor = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
emisor.sendto(struct.pack('!H', socket.htons(puerto)), ('127.0.0.1', 5008))
datos, origen = receptor.recvfrom(1024)
(valor,) = struct.unpack('!H', datos)
print('recibido', datos, '->', valor)
