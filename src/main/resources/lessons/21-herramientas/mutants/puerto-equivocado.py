# replaces: cliente.py
# fails: dos-establecidas, eof-en-la-traza, time-wait-cliente, time-wait-servidor
# fires: pista-refused
# The client knocks on 6001, where netstat shows no LISTEN row: refused, and the program dies
# of it before any connection exists.
import socket

c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
c.connect(('127.0.0.1', 6001))
c.sendall(b'hola')
print('servidor:', c.recv(1024))
c.close()
