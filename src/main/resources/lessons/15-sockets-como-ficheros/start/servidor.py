import socket

# Un servidor de un protocolo de líneas: saluda con tres líneas, cada una acabada en '\n', y
# después calla, esperando a que el cliente cierre.
servidor = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
servidor.bind(('127.0.0.1', 6000))
servidor.listen()

conexion, direccion = servidor.accept()
conexion.sendall(b'HOLA enchufe/1.0\nservidor de lineas\nFIN\n')
while conexion.recv(1024):
    pass
print('El cliente se fue')
conexion.close()
servidor.close()
