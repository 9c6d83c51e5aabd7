import socket

# El servidor de la hora: a cada petición, la misma petición y la hora. No guarda nada: si una
# petición se repite, contesta otra vez.
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(('', 7000))
print('servidor en el puerto 7000')
hora = 0
while True:
    peticion, cliente = s.recvfrom(100)
    hora += 1
    print('llega', peticion, 'de', cliente[0])
    s.sendto(peticion + b' -> son las 10:%02d' % hora, cliente)
