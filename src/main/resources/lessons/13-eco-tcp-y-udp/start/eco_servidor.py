import socket

# Servidor de eco TCP en 127.0.0.1:7007: acepta clientes uno tras otro y devuelve
# todo lo que cada uno envía, hasta que recv() devuelva b'' (el cliente cerró).
