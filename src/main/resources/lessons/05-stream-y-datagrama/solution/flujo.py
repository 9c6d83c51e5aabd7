import socket

# Los dos extremos en un mismo programa: así decidimos cuándo se lee.
servidor = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
servidor.bind(('127.0.0.1', 5005))
servidor.listen()

cliente = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
cliente.connect(('127.0.0.1', 5005))
conexion, origen = servidor.accept()

# Dos mensajes...
cliente.send(b'hola')
cliente.send(b'mundo')

# ...y una sola lectura, con sitio de sobra.
datos = conexion.recv(1024)
print('Un recv() trajo', len(datos), 'bytes:', datos)

cliente.close()
conexion.close()
servidor.close()
