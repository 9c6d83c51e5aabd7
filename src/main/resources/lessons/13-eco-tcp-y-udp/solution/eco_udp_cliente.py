import socket

c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
c.sendto(b'hola, datagrama', ('127.0.0.1', 7008))
datos, origen = c.recvfrom(1024)
print('Eco UDP:', datos, 'desde', origen)
c.close()
