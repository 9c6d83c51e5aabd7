import socket

infos = socket.getaddrinfo('localhost', 80)
print(len(infos) >= 1, sorted({i[0] == socket.AF_INET for i in infos}))
for family, type_, proto, canon, addr in socket.getaddrinfo('127.0.0.1', 7, socket.AF_INET):
    print(type_ == socket.SOCK_STREAM, type_ == socket.SOCK_DGRAM, type_ == socket.SOCK_RAW, proto, addr)
print(socket.getaddrinfo('::1', 5000, socket.AF_INET6, socket.SOCK_STREAM)[0][4])
try:
    socket.getaddrinfo('::1', 5000, socket.AF_INET)
except socket.gaierror as e:
    print('gaierror', e.errno, e)
print(socket.getaddrinfo('127.0.0.1', 5000, 0, 0, 0, socket.AI_NUMERICHOST)[0][4])
try:
    socket.getaddrinfo('localhost', 5000, 0, 0, 0, socket.AI_NUMERICHOST)
except socket.gaierror as e:
    print('gaierror', e.errno, e)
