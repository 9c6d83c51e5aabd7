import socket

# 1. Un socket crudo de ICMP (el protocolo de ping): solo para procesos privilegiados.
try:
    crudo = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP)
    crudo.close()
except PermissionError as e:
    print('SOCK_RAW con ICMP:', e)

# 2. Con otro protocolo, lo mismo: lo que se niega es el tipo crudo.
try:
    crudo = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_UDP)
    crudo.close()
except PermissionError as e:
    print('SOCK_RAW con UDP:', e)

# 3. El nivel de transporte sí está al alcance de cualquiera.
tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print('SOCK_STREAM: descriptor', tcp.fileno())
print('SOCK_DGRAM: descriptor', udp.fileno())
tcp.close()
udp.close()
