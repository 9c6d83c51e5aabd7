import socket
import time

# Servidor iterativo en el puerto 5000: atiende a un cliente cada vez.
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(('0.0.0.0', 5000))
s.listen(5)

# En un bucle sin fin:
#   1. acepta una conexión (accept),
#   2. lee la petición (recv),
#   3. trabaja un segundo: time.sleep(1),
#   4. responde b'atendido: ' + petición (sendall),
#   5. cierra la conexión y vuelve a accept().
