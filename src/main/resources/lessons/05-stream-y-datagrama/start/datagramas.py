import socket

# Los dos extremos UDP en un mismo programa:
# 1. Receptor: socket SOCK_DGRAM enlazado a ('127.0.0.1', 5006).
# 2. Emisor: dos sendto() al receptor, b'hola' y b'mundo'.
# 3. El receptor llama a recvfrom(1024) y escribe lo que trae cada llamada.
#    ¿Cuántas llamadas necesita?
receptor = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)

receptor.close()
