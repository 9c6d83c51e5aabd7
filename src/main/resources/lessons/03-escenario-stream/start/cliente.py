import socket

# El cliente: socket → connect a ('servidor', 5000) → send (la petición) → recv (la respuesta) → close.
c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
