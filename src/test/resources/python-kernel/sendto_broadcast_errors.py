import socket

u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
try:
    u.sendto(b'a todos', ('255.255.255.255', 5603))
except PermissionError as e:
    print('PermissionError', e.errno, e)
u.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
print(u.getsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST))
u.close()
print(socket.inet_ntoa(socket.inet_aton('255.255.255.255')), socket.INADDR_ANY, socket.INADDR_BROADCAST == 0xffffffff)
