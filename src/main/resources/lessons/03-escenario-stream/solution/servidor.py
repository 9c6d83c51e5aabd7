import socket

# socket(): el descriptor; bind(): la dirección (abre la tienda); listen(): a la espera.
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(('0.0.0.0', 5000))
s.listen(5)
print('Servidor esperando en el puerto 5000')

# accept() bloquea hasta que llega un cliente, y devuelve un socket nuevo para hablar con él.
conn, addr = s.accept()
print('Conexión desde', addr)
while True:
    peticion = conn.recv(1024)
    if not peticion:
        break
    print('Petición:', peticion)
    conn.sendall(peticion.upper())
print('El cliente cerró: fin de fichero')
conn.close()
s.close()
