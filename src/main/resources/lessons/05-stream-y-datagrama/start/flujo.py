import socket

# Los dos extremos de una conexión TCP en un mismo programa:
# 1. Servidor: socket, bind a ('127.0.0.1', 5005), listen.
# 2. Cliente: socket, connect a ('127.0.0.1', 5005). Después, servidor: accept.
# 3. El cliente hace dos send(): b'hola' y b'mundo'.
# 4. Solo entonces, el servidor hace un único recv(1024) y escribe lo que trajo.
servidor = socket.socket(socket.AF_INET, socket.SOCK_STREAM)

servidor.close()
