import socket
import struct

# 1. Escribe socket.htons(5000) y socket.htonl(0x7F000001) (127.0.0.1 como número).
puerto = 5000

# 2. Escribe struct.pack('!H', 5000) y compáralo con struct.pack('<H', 5000).

# 3. Receptor UDP en ('127.0.0.1', 5008); envíale struct.pack('!H', 5000) desde otro
#    socket; recíbelo, desempaquétalo con struct.unpack('!H', datos) y escribe el valor.
