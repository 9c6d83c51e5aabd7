import socket

tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
print('socket TCP, descriptor', tcp.fileno())

udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print('socket UDP, descriptor', udp.fileno())

tcp.close()
udp.close()
