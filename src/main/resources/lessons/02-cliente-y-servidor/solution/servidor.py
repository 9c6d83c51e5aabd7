import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(('0.0.0.0', 5000))
s.listen(5)
print('Esperando clientes en el puerto 5000...')
# Un servidor atiende a un cliente tras otro: vuelve a accept() después de cada uno.
while True:
    conn, addr = s.accept()
    print('Cliente desde', addr)
    conn.sendall(b'hola, soy el servidor\n')
    conn.close()
