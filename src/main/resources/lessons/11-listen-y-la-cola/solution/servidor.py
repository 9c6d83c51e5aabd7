import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(('127.0.0.1', 5011))
s.listen(1)
print('Escucho en el puerto 5011')

# Un servidor iterativo: atiende a un cliente entero antes de volver a accept().
while True:
    ns, direccion = s.accept()
    print('Atiendo a', direccion)
    ns.sendall(b'hola, te atiendo\n')
    while ns.recv(1024):
        pass
    print('Se fue', direccion)
    ns.close()
