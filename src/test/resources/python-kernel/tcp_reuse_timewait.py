# The server closes its connection first: the port stays taken (TIME_WAIT) after the server is
# gone. A new server may bind it again only if both it and the old one set SO_REUSEADDR.
import os
import socket
import sys


def servidor_que_cierra_primero(reutilizar, puerto):
    servidor = socket.socket()
    if reutilizar:
        servidor.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    servidor.bind(("127.0.0.1", puerto))
    servidor.listen()
    puerto = servidor.getsockname()[1]
    if os.fork() == 0:
        servidor.close()
        c = socket.create_connection(("127.0.0.1", puerto))
        c.recv(10)
        c.close()
        sys.exit(0)
    conexion, _ = servidor.accept()
    conexion.close()
    servidor.close()
    os.wait()
    return puerto


def intenta_ligar(puerto, reutilizar):
    otra = socket.socket()
    if reutilizar:
        otra.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        otra.bind(("127.0.0.1", puerto))
        print("  con SO_REUSEADDR" if reutilizar else "  sin SO_REUSEADDR", "-> ligado")
    except OSError as e:
        print("  con SO_REUSEADDR" if reutilizar else "  sin SO_REUSEADDR", "->", e)
    otra.close()


print("el servidor viejo no usaba SO_REUSEADDR:")
puerto = servidor_que_cierra_primero(False, 0)
intenta_ligar(puerto, False)
intenta_ligar(puerto, True)

print("el servidor viejo usaba SO_REUSEADDR:")
puerto = servidor_que_cierra_primero(True, 50103)
intenta_ligar(puerto, False)
intenta_ligar(puerto, True)

a = socket.socket()
a.bind(("127.0.0.1", 50104))
b = socket.socket()
try:
    b.bind(("0.0.0.0", 50104))
except OSError as e:
    print("0.0.0.0 choca con 127.0.0.1:", e)
b.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
try:
    b.bind(("127.0.0.1", 50104))
except OSError as e:
    print("solo uno con SO_REUSEADDR:", e)
a.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
b.bind(("127.0.0.1", 50104))
print("los dos con SO_REUSEADDR: ligados")
b.listen()
c = socket.socket()
c.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
try:
    c.bind(("127.0.0.1", 50104))
except OSError as e:
    print("con uno escuchando:", e)
