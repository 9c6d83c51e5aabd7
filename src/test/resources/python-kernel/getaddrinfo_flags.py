import socket

for info in socket.getaddrinfo('localhost', 5000, socket.AF_INET, socket.SOCK_STREAM):
    family, type_, proto, canon, addr = info
    print(family == socket.AF_INET, type_ == socket.SOCK_STREAM, proto, repr(canon), addr)
print(socket.getaddrinfo(None, 5000, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE)[0][4])
print(socket.getaddrinfo('127.0.0.1', 'http', socket.AF_INET, socket.SOCK_STREAM)[0][4])
print(socket.getaddrinfo('localhost', None, socket.AF_INET, socket.SOCK_DGRAM, 0, socket.AI_CANONNAME)[0][3])
try:
    socket.getaddrinfo('no-existe.invalid', 80)
except socket.gaierror as e:
    print('gaierror', e.errno, e)
try:
    socket.getaddrinfo('localhost', 'no-such-service', socket.AF_INET, socket.SOCK_STREAM)
except socket.gaierror as e:
    print('gaierror', e.errno, e)
print(socket.getservbyname('http', 'tcp'), socket.getservbyport(22), socket.getprotobyname('udp'))
print(socket.gethostbyname('localhost'), socket.gethostbyaddr('127.0.0.1')[0])
