# A concurrent server with threads: one thread per client, sharing the process's objects.
import socket
import threading
import time

print(threading.current_thread().name, threading.active_count(), threading.main_thread() is threading.current_thread())

cerrojo = threading.Lock()
atendidos = []


def atender(conexion, numero):
    datos = conexion.recv(100)
    time.sleep(0.05 * (3 - numero))
    with cerrojo:
        atendidos.append(datos.decode())
    conexion.sendall(datos.upper())
    conexion.close()


servidor = socket.socket()
servidor.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
servidor.bind(("127.0.0.1", 50250))
servidor.listen()


class Cliente(threading.Thread):
    def __init__(self, numero):
        super().__init__(name="cliente-%d" % numero)
        self.numero = numero
        self.respuesta = None

    def run(self):
        c = socket.create_connection(("127.0.0.1", 50250))
        c.sendall(b"hola %d" % self.numero)
        self.respuesta = c.recv(100)
        c.close()


clientes = [Cliente(n) for n in range(3)]
print(clientes[0], clientes[0].daemon)
for c in clientes:
    c.start()
hilos = []
for n in range(3):
    conexion, _ = servidor.accept()
    h = threading.Thread(target=atender, args=(conexion, n))
    h.start()
    hilos.append(h)
print(hilos[0].name.startswith("Thread-"), hilos[0].name.endswith("(atender)"))
for h in hilos + clientes:
    h.join()
print(sorted(atendidos))
print([c.respuesta for c in clientes])
print([h.is_alive() for h in hilos], threading.active_count())
print(repr(hilos[0]).startswith("<Thread(Thread-"), repr(hilos[0]).split(",")[1].split()[0])

e = threading.Event()
resultado = []


def espera():
    resultado.append(e.wait(2))


t = threading.Thread(target=espera)
t.start()
time.sleep(0.05)
e.set()
t.join()
print("evento:", resultado, e.is_set())
l = threading.Lock()
print(l.acquire(), l.acquire(False), l.locked())
l.release()
try:
    l.release()
except RuntimeError as err:
    print(err)
try:
    threading.Thread(target=print).join()
except RuntimeError as err:
    print(err)
r = threading.RLock()
with r:
    with r:
        print("RLock dos veces")
s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False))
t2 = threading.Thread(target=time.sleep, args=(0.05,), daemon=True)
t2.start()
print(t2.daemon, t2.is_alive())
t2.join(1)
print(t2.is_alive())
