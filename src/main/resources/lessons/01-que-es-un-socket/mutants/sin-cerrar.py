# replaces: socket.py
# fails: cierra-tcp, cierra-udp
# The sockets are never closed: the process holds its descriptors until it ends.
import socket

tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
print('socket TCP, descriptor', tcp.fileno())
udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print('socket UDP, descriptor', udp.fileno())
