import socket

# El servidor: crea un socket, enlázalo al puerto 5000 (bind), ponlo a escuchar (listen)
# y, en un bucle, espera a un cliente (accept), envíale un saludo y cierra esa conexión.
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
