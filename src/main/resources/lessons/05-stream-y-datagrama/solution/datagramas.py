import socket

receptor = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
receptor.bind(('127.0.0.1', 5006))

emisor = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
emisor.sendto(b'hola', ('127.0.0.1', 5006))
emisor.sendto(b'mundo', ('127.0.0.1', 5006))

# Un recvfrom() por datagrama, aunque quepan los dos en el búfer.
for _ in range(2):
    datos, origen = receptor.recvfrom(1024)
    print('Un recvfrom() trajo', len(datos), 'bytes:', datos, 'de', origen)

emisor.close()
receptor.close()
