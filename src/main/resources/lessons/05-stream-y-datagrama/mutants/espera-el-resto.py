# replaces: recorte.py
# fails: recorte
# The rest of a datagram is expected in the next recvfrom(), as a stream would keep it: with one
# datagram sent, the second read finds nothing and sleeps for ever — the rest was discarded.
import socket

receptor = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
receptor.bind(('127.0.0.1', 5007))
emisor = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
emisor.sendto(b'un datagrama largo', ('127.0.0.1', 5007))
principio, origen = receptor.recvfrom(4)
resto, origen = receptor.recvfrom(1024)
print(principio + resto)
