import socket

# Un servidor cuyas peticiones no dicen cuánto miden: lee hasta el fin de fichero (recv()
# devuelve b'') y solo entonces responde.
servidor = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
servidor.bind(('127.0.0.1', 6000))
servidor.listen()

# Primer cliente: la petición entera, y la respuesta por la mitad que sigue abierta.
conexion, direccion = servidor.accept()
peticion = b''
while True:
    datos = conexion.recv(1024)
    if not datos:
        break
    peticion += datos
print('Petición completa:', peticion)
conexion.sendall(b'recibidos %d bytes' % len(peticion))
conexion.close()

# Segundo cliente: el servidor cuelga sin leer ni escribir nada.
conexion, direccion = servidor.accept()
conexion.close()
print('Segundo cliente: colgado')

# Tercer cliente: el servidor lee un solo byte y cierra con el resto sin leer.
conexion, direccion = servidor.accept()
print('Tercer cliente: leo', conexion.recv(1), 'y cuelgo')
conexion.close()
servidor.close()
