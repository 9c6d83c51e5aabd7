# replaces: conexiones.py
# fails: agotada, inalcanzable
# fires: pista-refused, pista-timeout
# Only the error already met is caught: the timeout is a TimeoutError, not a
# ConnectionRefusedError, so it escapes and ends the program before the last attempt.
import socket

for direccion in [('servidor', 7), ('servidor', 5001), ('servidor', 22), ('10.0.9.5', 5000)]:
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        s.connect(direccion)
        print(direccion, '-> conectado')
    except ConnectionRefusedError as e:
        print(direccion, '-> rechazada:', e)
    s.close()
