# replaces: flujo.py
# fails: tcp-conecta, tcp-acepta, dos-send, se-juntan, flujo-entero
# fires: pista-refused
# The server end is bound but never listens: a bound socket is not yet a server, and the
# client's connect() is refused.
import socket

servidor = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
servidor.bind(('127.0.0.1', 5005))
cliente = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
try:
    cliente.connect(('127.0.0.1', 5005))
except ConnectionRefusedError as e:
    print('connect:', e)
cliente.close()
servidor.close()
