import socket

# 1. Pide un socket crudo de ICMP: socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP)
#    Captura el error (PermissionError) y escríbelo.

# 2. Prueba con otro protocolo (socket.IPPROTO_UDP, por ejemplo).

# 3. Crea un socket SOCK_STREAM y otro SOCK_DGRAM, y ciérralos.
