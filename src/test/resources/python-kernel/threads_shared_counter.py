import threading

contador = 0
cerrojo = threading.Lock()

def sumar(n):
    global contador
    for _ in range(n):
        with cerrojo:
            contador += 1

hilos = [threading.Thread(target=sumar, args=(1000,)) for _ in range(4)]
for h in hilos:
    h.start()
print(threading.active_count() >= 1)
for h in hilos:
    h.join()
print(contador, [h.is_alive() for h in hilos])
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
ev = threading.Event()
def esperar():
    ev.wait()
    print('evento recibido')
t = threading.Thread(target=esperar)
t.start()
ev.set()
t.join()
print(ev.is_set())
