# The checker's client (LESSONS.md §3): it sends the echo server a message larger than one
# recv() of 1024 bytes, in two pieces, closes its sending half (shutdown) and reads until the
# server closes: every byte must come back, in order. It starts once the server sleeps in
# accept(), so it never waits on a clock.
import socket
import sys

mensaje = b'sonda del comprobador: ' + b'0123456789' * 300
c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
c.connect(('127.0.0.1', 7007))
c.sendall(mensaje[:1000])
c.sendall(mensaje[1000:])
c.shutdown(socket.SHUT_WR)
eco = b''
while True:
    datos = c.recv(4096)
    if not datos:
        break
    eco += datos
c.close()
print('Sonda: envié', len(mensaje), 'bytes y volvieron', len(eco))
sys.exit(0 if eco == mensaje else 1)
