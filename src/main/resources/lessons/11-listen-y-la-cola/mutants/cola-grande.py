# replaces: servidor.py
# fails: cola-de-uno, cola-llena, espera
# listen(5), "to be safe": the three later clients all fit in the queue, so it never fills and
# nobody is left waiting.
import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(('127.0.0.1', 5011))
s.listen(5)
print('Escucho en el puerto 5011')
while True:
    ns, direccion = s.accept()
    print('Atiendo a', direccion)
    ns.sendall(b'hola, te atiendo\n')
    while ns.recv(1024):
        pass
    print('Se fue', direccion)
    ns.close()
