# A connected UDP socket hears only its peer; datagrams from others never reach it.
import socket

a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(("127.0.0.1", 50266))
peer = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
peer.bind(("127.0.0.1", 50267))
other = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
other.bind(("127.0.0.1", 50268))
a.connect(("127.0.0.1", 50267))
other.sendto(b"intruso", ("127.0.0.1", 50266))
peer.sendto(b"amigo", ("127.0.0.1", 50266))
print(a.recvfrom(100))
a.settimeout(0.1)
try:
    print(a.recv(100))
except TimeoutError:
    print("nada más")
a.send(b"respuesta")
print(peer.recvfrom(100))
print(a.getpeername())
