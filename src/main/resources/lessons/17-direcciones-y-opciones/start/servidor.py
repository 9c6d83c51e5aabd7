import socket

# El servidor, en la máquina servidor, puerto 5000 de todas sus direcciones ('0.0.0.0').
# Pon SO_REUSEADDR antes de bind(): setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1).
#
# 1. Acepta un cliente y escribe los dos extremos de la conexión:
#    conexion.getsockname() (el tuyo) y conexion.getpeername() (el del cliente).
# 2. Lee su saludo, respóndele y cierra tú primero la conexión y el socket que escucha.
