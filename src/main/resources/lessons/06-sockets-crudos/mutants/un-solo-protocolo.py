# replaces: crudo.py
# fails: dos-protocolos
# Only ICMP is tried, and the refusal is read as "ICMP is forbidden": the step asks for a second
# protocol to see that SOCK_RAW itself is what needs privileges.
import socket

try:
    crudo = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP)
    crudo.close()
except PermissionError as e:
    print('SOCK_RAW con ICMP:', e)

tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print('SOCK_STREAM: descriptor', tcp.fileno())
print('SOCK_DGRAM: descriptor', udp.fileno())
tcp.close()
udp.close()
