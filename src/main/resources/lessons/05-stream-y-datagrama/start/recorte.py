import socket

# 1. Receptor UDP en ('127.0.0.1', 5007).
# 2. Desde otro socket, envíale b'un datagrama largo' y después b'otro'.
# 3. Lee con recvfrom(4) y después con recvfrom(1024), y escribe lo que trae cada uno.
#    ¿Dónde ha ido a parar el resto del primer datagrama?
receptor = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)

receptor.close()
