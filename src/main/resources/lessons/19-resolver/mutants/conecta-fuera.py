# replaces: nombres.py
# fails: getaddrinfo, servicio-a-puerto, puerto-a-servicio, nombre-local, nombre-completo, gaierror, herror
# fires: pista-sin-ruta
# The DNS's name taken to reach the web: getaddrinfo('web.ceu.es', …) answers with the public
# address 193.147.10.80, outside the lab, and connecting to it fails with ENETUNREACH, uncaught;
# the program dies before the services, the local name and the unknown names.
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
for familia, tipo, proto, canonico, direccion in socket.getaddrinfo('web.ceu.es', 'http', socket.AF_INET,
                                                                    socket.SOCK_STREAM):
    print('getaddrinfo:', familia, tipo, proto, direccion)
    s = socket.socket(familia, tipo, proto)
    s.connect(direccion)

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
