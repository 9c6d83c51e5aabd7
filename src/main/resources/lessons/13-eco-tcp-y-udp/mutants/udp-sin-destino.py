# replaces: eco_udp_servidor.py
# fails: udp-servidor, udp-vuelta, udp-salida
# fires: pista-destino
# send() on a UDP socket that never connected: it has no destination to send to.
import socket

s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(('127.0.0.1', 7008))
while True:
    datos, origen = s.recvfrom(1024)
    s.send(datos)
