import socket
import threading
import time

# Tres clientes a la vez contra cada servidor: el iterativo (5000), el de fork() (5001) y el de
# hilos (5002). Cada uno envía su nombre, espera la respuesta y dice cuánto esperó.


def cliente(puerto, nombre):
    c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    c.settimeout(10)
    inicio = time.monotonic()
    try:
        c.connect(('127.0.0.1', puerto))
        c.sendall(nombre.encode())
        respuesta = c.recv(1024)
    except ConnectionRefusedError:
        print(f'{nombre}: nadie escucha en el puerto {puerto}')
    except OSError as e:
        print(f'{nombre}: {e}')
    else:
        espera = time.monotonic() - inicio
        print(f'{nombre}: {respuesta.decode()!r} tras {espera:.0f} s')
    c.close()


for puerto in (5000, 5001, 5002):
    hilos = [threading.Thread(target=cliente, args=(puerto, f'cliente {n} de {puerto}')) for n in (1, 2, 3)]
    for h in hilos:
        h.start()
    for h in hilos:
        h.join()
