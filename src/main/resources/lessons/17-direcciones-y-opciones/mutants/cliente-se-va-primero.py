# replaces: cliente.py
# fails: servidor-cierra-primero, sin-opcion, por-time-wait
# The client leaves before the exchange: it closes first, so TIME_WAIT is on its side and the
# server's port is free at once: the restart binds without SO_REUSEADDR and nothing is learnt.
import socket

c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
c.connect(('servidor', 5000))
# 1. connect() le dio al socket una dirección local: la IP de esta máquina y un puerto efímero.
print('Mi extremo:', c.getsockname())
print('El servidor:', c.getpeername())

c.close()
