import socket

# El servidor: socket → bind (puerto 5000) → listen → accept.
# Después, por el socket que devuelve accept(): recv → send, hasta que recv() devuelva b''.
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
