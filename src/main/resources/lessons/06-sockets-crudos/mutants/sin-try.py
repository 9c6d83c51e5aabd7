# replaces: crudo.py
# fails: eperm, mensaje, dos-protocolos, stream, dgram
# fires: pista-eperm
# The raw socket is asked for as if it would work: the PermissionError is not caught, the
# program dies at the first attempt and never reaches the sockets an ordinary user can make.
import socket

crudo = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP)
print('socket crudo:', crudo.fileno())
otro = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_UDP)

tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
tcp.close()
udp.close()
