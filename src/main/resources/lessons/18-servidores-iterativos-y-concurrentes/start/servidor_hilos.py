import socket
import threading
import time

# Servidor concurrente en el puerto 5002: un hilo por cliente.
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(('0.0.0.0', 5002))
s.listen(5)


def atiende(conn):
    # Lee la petición, trabaja un segundo, responde y cierra la conexión.
    pass


# En un bucle sin fin: acepta una conexión y arranca un hilo que la atienda:
#   threading.Thread(target=atiende, args=(conn,)).start()
