import socket

print(socket.gethostbyname('localhost'))
print(socket.gethostbyname('127.0.0.1'))
name, aliases, addrs = socket.gethostbyname_ex('localhost')
print(name, aliases, addrs)
print(socket.gethostbyaddr('127.0.0.1'))
for bad in ('no-existe.invalid', ''):
    try:
        print(socket.gethostbyname(bad))
    except socket.gaierror as e:
        print('gaierror', e.errno, e)
try:
    socket.gethostbyaddr('10.255.255.254')
except socket.herror as e:
    print('herror', e.errno, e)
print(socket.getnameinfo(('127.0.0.1', 22), 0))
print(socket.getnameinfo(('127.0.0.1', 22), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.getservbyname('domain', 'udp'), socket.getservbyport(53, 'udp'))
try:
    socket.getservbyname('nada', 'tcp')
except OSError as e:
    print(type(e).__name__, e)
print(socket.getprotobyname('tcp'), socket.getprotobyname('icmp'))
