import socket

a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(('127.0.0.1', 5301))
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b.sendto(b'0123456789', ('127.0.0.1', 5301))
b.sendto(b'segundo', ('127.0.0.1', 5301))
print(a.recvfrom(4, socket.MSG_PEEK)[0])
print(a.recvfrom(4)[0])
print(a.recv(100))
b.sendto(b'', ('127.0.0.1', 5301))
datos, origen = a.recvfrom(10)
print(datos, origen[0])
a.settimeout(0.1)
try:
    a.recvfrom(10)
except socket.timeout as e:
    print('timeout', e)
a.close()
b.close()
