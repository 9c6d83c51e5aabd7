import socket
import struct

# 1. De orden de la máquina a orden de red.
puerto = 5000
print('htons(5000) =', socket.htons(puerto), hex(socket.htons(puerto)))
loopback = 0x7F000001          # 127.0.0.1 como número de 32 bits
print('htonl(0x7f000001) =', socket.htonl(loopback), hex(socket.htonl(loopback)))
print('ntohs(htons(5000)) =', socket.ntohs(socket.htons(puerto)))

# 2. Los bytes: '!' orden de red (big-endian), '<' el de esta máquina (little-endian).
print("struct.pack('!H', 5000) =", struct.pack('!H', puerto))
print("struct.pack('<H', 5000) =", struct.pack('<H', puerto))

# 3. Por la red: el puerto en orden de red, en un datagrama.
receptor = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
receptor.bind(('127.0.0.1', 5008))
emisor = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
emisor.sendto(struct.pack('!H', puerto), ('127.0.0.1', 5008))

datos, origen = receptor.recvfrom(1024)
(valor,) = struct.unpack('!H', datos)
print('recibido', datos, '->', valor)

emisor.close()
receptor.close()
