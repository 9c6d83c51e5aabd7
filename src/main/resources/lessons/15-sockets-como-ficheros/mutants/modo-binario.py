# replaces: cliente.py
# fails: lineas, plazo, eagain
# makefile('rb'): the lines are bytes (b'FIN\n'), never equal to the text 'FIN\n', so the loop
# reads on past the greeting and waits for ever for a line the silent server never sends.
import socket

c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
c.connect(('127.0.0.1', 6000))

# 1. El socket como fichero de texto: readline() junta los bytes hasta el '\n'.
f = c.makefile('rb')
while True:
    linea = f.readline()
    print('Línea:', repr(linea))
    if not linea or linea == 'FIN\n':
        break

# 2. Un plazo: si en medio segundo no llega nada, TimeoutError (socket.timeout).
c.settimeout(0.5)
try:
    f.readline()
except TimeoutError as e:
    print('Plazo agotado:', e)

# 3. Sin esperar nada: un socket no bloqueante falla al momento con EAGAIN.
c.setblocking(False)
try:
    c.recv(1024)
except BlockingIOError as e:
    print('No bloqueante:', e)

f.close()
c.close()
