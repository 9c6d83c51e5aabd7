# replaces: clientes.py
# fails: espera
# listen(1) read as "one client waits": only two more clients are tried, the second expected to
# be left out. Linux queues backlog + 1, so both fit and nobody is left waiting.
import socket

primero = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
primero.connect(('127.0.0.1', 5011))
print('Cliente 1:', primero.recv(1024))

en_cola = []
for n in (2, 3):
    c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    c.settimeout(0.5)
    try:
        c.connect(('127.0.0.1', 5011))
    except TimeoutError as e:
        print('Cliente', n, 'no entra en la cola:', e)
        c.close()
        continue
    print('Cliente', n, 'conectado desde', c.getsockname(), '(en la cola)')
    c.settimeout(None)
    en_cola.append((n, c))

primero.close()
for n, c in en_cola:
    print('Cliente', n, ':', c.recv(1024))
    c.close()
