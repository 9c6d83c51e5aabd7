# replaces: cliente.py
# fails: espera-acotada, reintento, sin-inundar
# fires: pista-avalancha
# Retries without a timeout: a non-blocking socket that sends the request again each time
# recvfrom() has nothing yet. The answer does come, but only after the request was sent hundreds
# of times while the first answers were on their way: a flood, and never a wait that ran out.
import socket

SERVIDOR = ('receptor', 7000)

c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
c.setblocking(False)
intentos = 0
while True:
    intentos += 1
    c.sendto(b'hora?', SERVIDOR)
    try:
        respuesta, _ = c.recvfrom(100)
        break
    except BlockingIOError:
        pass
print('respuesta:', respuesta, 'tras', intentos, 'envíos')
c.close()
