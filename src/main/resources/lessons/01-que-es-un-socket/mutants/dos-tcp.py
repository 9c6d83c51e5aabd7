# replaces: socket.py
# fails: crea-udp, cierra-udp
# Both sockets made with SOCK_STREAM: the type, not the variable's name, makes a socket UDP.
import socket

tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
print('socket TCP, descriptor', tcp.fileno())
udp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
print('socket UDP, descriptor', udp.fileno())
tcp.close()
udp.close()
