import os
import signal
import socket
import time

# Servidor concurrente en el puerto 5001: un proceso hijo por cliente.
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(('0.0.0.0', 5001))
s.listen(5)

# En un bucle sin fin:
#   1. el padre acepta una conexión,
#   2. os.fork(): en el hijo (devuelve 0) atiende como el iterativo y termina con os._exit(0),
#   3. el padre cierra su copia de la conexión y vuelve a accept().
# Y para que no queden zombis: un manejador de signal.SIGCHLD que llame a
# os.waitpid(-1, os.WNOHANG) hasta que no quede ningún hijo terminado.
