import socket

# Servidor de eco UDP en 127.0.0.1:7008: recibe un datagrama con recvfrom() y
# devuélvelo a su origen con sendto().
