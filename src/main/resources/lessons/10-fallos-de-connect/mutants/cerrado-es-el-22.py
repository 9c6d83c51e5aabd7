# replaces: conexiones.py
# fails: rechazada
# fires: pista-timeout
# Port 22 taken for a closed port: behind a firewall that drops, it never answers "refused", it
# times out. The refusal the step asks for never comes.
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
intenta(('servidor', 22))
intenta(('servidor', 22))
intenta(('10.0.9.5', 5000))
