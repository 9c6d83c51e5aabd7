import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
# 1. Enlaza s al puerto 5012 de todas las direcciones y ponlo a escuchar.

# 2. En un bucle: accept() devuelve (socket nuevo, dirección del cliente).
#    Escribe el descriptor del socket nuevo y la dirección, envía un saludo por él
#    y guárdalo en una lista: no lo cierres.
