import socket

# El primero ocupa al servidor: mientras siga conectado, el servidor no vuelve a accept().
primero = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
primero.connect(('127.0.0.1', 5011))
print('Cliente 1:', primero.recv(1024))

# Los siguientes llegan con el servidor ocupado.
en_cola = []
for n in (2, 3, 4):
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

# El primero se va: el servidor saca de la cola a los que esperaban, uno tras otro.
primero.close()
for n, c in en_cola:
    print('Cliente', n, ':', c.recv(1024))
    c.close()
