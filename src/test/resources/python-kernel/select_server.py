# One process serves several clients with select(): it sleeps until a socket is ready.
import os
import select
import socket
import sys

servidor = socket.socket()
servidor.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
servidor.bind(("127.0.0.1", 50220))
servidor.listen()
print("nada listo:", select.select([servidor], [], [], 0))

hijos = []
for n in range(3):
    pid = os.fork()
    if pid == 0:
        servidor.close()
        c = socket.create_connection(("127.0.0.1", 50220))
        c.sendall(("cliente %d" % n).encode())
        respuesta = c.recv(100)
        c.close()
        sys.exit(0 if respuesta == ("CLIENTE %d" % n).encode() else 1)
    hijos.append(pid)

vigilados = [servidor]
recibidos = []
atendidos = 0
while atendidos < 3:
    listos, _, _ = select.select(vigilados, [], [])
    for s in listos:
        if s is servidor:
            conexion, _ = servidor.accept()
            vigilados.append(conexion)
        else:
            datos = s.recv(100)
            if datos:
                recibidos.append(datos)
                s.sendall(datos.upper())
            else:
                vigilados.remove(s)
                s.close()
                atendidos += 1
print(sorted(recibidos))
codigos = sorted(os.WEXITSTATUS(os.waitpid(pid, 0)[1]) for pid in hijos)
print("hijos:", codigos)

a, b = socket.socket(), socket.socket()
print("sockets sin conectar:", len(select.select([a], [b], [], 0)[0]), len(select.select([a], [b], [], 0)[1]))
for malo in ([-1], ["x"], 3):
    try:
        select.select(malo, [], [], 0)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    select.select([99], [], [], 0)
except OSError as e:
    print(type(e).__name__, e)
try:
    select.select([], [], [], -1)
except ValueError as e:
    print(e)
print(select.select([], [], [], 0.01))

p = select.poll()
c = socket.create_connection(("127.0.0.1", 50220))
conexion, _ = servidor.accept()
p.register(conexion, select.POLLIN)
print("poll sin datos:", p.poll(0))
c.send(b"x")
print("poll con datos:", p.poll(1000) == [(conexion.fileno(), select.POLLIN)])
p.register(c.fileno(), select.POLLOUT)
print(len(p.poll()), select.POLLIN, select.POLLOUT, select.POLLNVAL)
try:
    p.unregister(77)
except KeyError as e:
    print("KeyError", e)
