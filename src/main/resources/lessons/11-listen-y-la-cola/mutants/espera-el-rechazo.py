# replaces: clientes.py
# fails: espera, atiende-la-cola
# The slide taken at its word: with the queue full the client expects ECONNREFUSED and has no
# timeout. On Linux the fourth client's SYN is dropped and its connect() waits; the first
# client never leaves, so the queue is never served.
import socket

primero = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
primero.connect(('127.0.0.1', 5011))
print('Cliente 1:', primero.recv(1024))

en_cola = []
for n in (2, 3, 4):
    c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        c.connect(('127.0.0.1', 5011))
    except ConnectionRefusedError as e:
        print('Cliente', n, 'rechazado:', e)
        c.close()
        continue
    print('Cliente', n, 'conectado desde', c.getsockname(), '(en la cola)')
    en_cola.append((n, c))

primero.close()
for n, c in en_cola:
    print('Cliente', n, ':', c.recv(1024))
    c.close()
