# Threads coordinate with an Event and a Lock around a shared socket.
import socket
import threading

a, b = socket.socketpair()
ready = threading.Event()
lock = threading.Lock()
log = []

def writer(n):
    ready.wait()
    for i in range(3):
        with lock:
            a.sendall(b"%d:%d;" % (n, i))
            log.append(n)

threads = [threading.Thread(target=writer, args=(n,)) for n in range(3)]
for t in threads:
    t.start()
print("antes de la señal:", log)
ready.set()
for t in threads:
    t.join()
a.close()
data = b""
while True:
    chunk = b.recv(100)
    if not chunk:
        break
    data += chunk
parts = data.decode().strip(";").split(";")
print(len(parts), sorted(parts), len(log), ready.is_set())
