import socket

s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(('127.0.0.1', 7008))
while True:
    datos, origen = s.recvfrom(1024)
    s.sendto(datos, origen)
