import socket

# El servidor: crea un socket, enlázalo al puerto 5000 (bind), ponlo a escuchar (listen)
# y espera a un cliente (accept). Después, envíale un saludo y cierra.
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
