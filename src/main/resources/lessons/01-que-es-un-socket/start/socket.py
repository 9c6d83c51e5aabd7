import socket

# 1. Crea un socket TCP (AF_INET, SOCK_STREAM) y escribe su descriptor: s.fileno()
# 2. Crea un socket UDP (AF_INET, SOCK_DGRAM).
# 3. Cierra los dos.
