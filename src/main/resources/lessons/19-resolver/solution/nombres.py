import socket

# 1. Texto y binario: direccionamiento físico
binaria = socket.inet_pton(socket.AF_INET, '172.25.4.4')
print('172.25.4.4 ->', binaria)
print(binaria, '->', socket.inet_ntop(socket.AF_INET, binaria))

# 2. De nombre a dirección: /etc/hosts primero, después el DNS
print('www.ceu.es ->', socket.gethostbyname('www.ceu.es'))
print('web.ceu.es ->', socket.gethostbyname_ex('web.ceu.es'))

# 3. De dirección a nombre
print('193.147.10.21 ->', socket.gethostbyaddr('193.147.10.21'))

# 4. getaddrinfo: todo lo que hace falta para crear el socket y conectar
for familia, tipo, proto, canonico, direccion in socket.getaddrinfo('www.ceu.es', 'http', socket.AF_INET,
                                                                    socket.SOCK_STREAM):
    print('getaddrinfo:', familia, tipo, proto, direccion)

# 5. Servicios y puertos
print('http/tcp ->', socket.getservbyname('http', 'tcp'))
print('22/tcp ->', socket.getservbyport(22, 'tcp'))

# 6. La máquina local
print('gethostname:', socket.gethostname())
print('getfqdn:', socket.getfqdn())

# 7. Nombres y direcciones que nadie conoce
try:
    socket.gethostbyname('nadie.ceu.es')
except socket.gaierror as e:
    print('nadie.ceu.es:', e)
try:
    socket.gethostbyaddr('193.147.10.99')
except socket.herror as e:
    print('193.147.10.99:', e)
