# replaces: conexiones.py
# fails: inalcanzable
# fires: pista-hostunreach
# An address on the client's own network that no machine has: the route exists, the host does
# not, so the error is EHOSTUNREACH, not ENETUNREACH.
import socket

def intenta(direccion):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        s.connect(direccion)
        print(direccion, '-> conectado')
    except OSError as e:
        print(direccion, '->', e)
    s.close()

intenta(('servidor', 7))
intenta(('servidor', 5001))
intenta(('servidor', 22))
intenta(('172.25.4.99', 5000))
