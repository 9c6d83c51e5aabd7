import socket

# 1. Crea un socket TCP y enlázalo al puerto 0 de 127.0.0.1.
#    Escribe el puerto que eligió el sistema: s.getsockname()[1]
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)

# 2. Intenta enlazar otro socket al puerto 80 y captura el error.

# 3. Enlaza dos sockets al mismo puerto (5000) y captura el error del segundo.

# 4. Llama a bind() dos veces sobre el mismo socket y captura el error.

s.close()
