import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(('0.0.0.0', 5000))
s.listen(5)
print('Esperando un cliente en el puerto 5000...')
conn, addr = s.accept()
print('Cliente desde', addr)
conn.sendall(b'hola, soy el servidor\n')
conn.close()
s.close()
