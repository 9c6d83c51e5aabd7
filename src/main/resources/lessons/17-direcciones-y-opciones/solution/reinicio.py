import socket

# 3. El servidor vuelve a arrancar en el mismo puerto.
# Primero sin SO_REUSEADDR: la conexión vieja sigue en TIME_WAIT y el puerto no se deja.
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
try:
    s.bind(('0.0.0.0', 5000))
    print('Sin SO_REUSEADDR: enlazado')
except OSError as e:
    print('Sin SO_REUSEADDR:', e)
s.close()

# Después con SO_REUSEADDR, puesto antes de bind().
servidor = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
servidor.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
servidor.bind(('0.0.0.0', 5000))
print('Con SO_REUSEADDR: enlazado')
servidor.listen()

conexion, direccion = servidor.accept()
print('Otra vez en marcha; el cliente:', conexion.getpeername())
peticion = conexion.recv(1024)
conexion.sendall(b'hola, ' + repr(direccion).encode())
conexion.close()
servidor.close()
