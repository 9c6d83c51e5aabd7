# Notes on real socket errors: an OSError from the kernel takes notes and prints them when uncaught.
import socket


def conectar(puerto):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        s.connect(("127.0.0.1", puerto))
    except OSError as e:
        e.add_note("nadie escucha en ese puerto")
        raise
    finally:
        s.close()


libre = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
libre.bind(("127.0.0.1", 0))
sin_servidor = libre.getsockname()[1]
libre.close()
try:
    conectar(sin_servidor)
except ConnectionRefusedError as e:
    print(e.errno, e.__notes__)

servidor = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
servidor.bind(("127.0.0.1", 0))
servidor.listen()
puerto = servidor.getsockname()[1]
otro = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
try:
    otro.bind(("127.0.0.1", puerto))
except OSError as e:
    e.add_note(f"el puerto {puerto} ya es del servidor")
    print(e.errno, e.__notes__[0] == f"el puerto {puerto} ya es del servidor")
otro.close()
servidor.close()
conectar(sin_servidor)
