# replaces: clientes.py
# fails: espera, atiende-la-cola
# The timeout is set after connect(): it only applies to the calls that follow, so the client
# that does not fit still waits in connect() with no limit.
import socket

primero = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
primero.connect(('127.0.0.1', 5011))
print('Cliente 1:', primero.recv(1024))

en_cola = []
for n in (2, 3, 4):
    c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        c.connect(('127.0.0.1', 5011))
        c.settimeout(0.5)
    except TimeoutError as e:
        print('Cliente', n, 'no entra en la cola:', e)
        c.close()
        continue
    print('Cliente', n, 'conectado desde', c.getsockname(), '(en la cola)')
    en_cola.append((n, c))

primero.close()
for n, c in en_cola:
    print('Cliente', n, ':', c.recv(1024))
    c.close()
