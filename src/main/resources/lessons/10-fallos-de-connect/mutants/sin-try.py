# replaces: conexiones.py
# fails: rechazada, agotada, espera-visible, inalcanzable
# fires: pista-refused
# No try/except: the first refusal is an uncaught ConnectionRefusedError, the program dies with a
# traceback and never tries the other two.
import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect(('servidor', 7))
s.close()
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect(('servidor', 5001))
s.close()
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect(('servidor', 22))
s.close()
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect(('10.0.9.5', 5000))
s.close()
