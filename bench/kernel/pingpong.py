# TCP ping-pong over loopback between two processes: 10 000 one-byte round trips per round.
# Prints the fastest of five rounds, in seconds (the same program runs under CPython).
import os
import socket
import time

ROUNDS = 5
TRIPS = 10000

servidor = socket.socket()
servidor.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
servidor.bind(("127.0.0.1", 50300))
servidor.listen()
if os.fork() == 0:
    servidor.close()
    c = socket.create_connection(("127.0.0.1", 50300))
    while True:
        b = c.recv(1)
        if not b:
            break
        c.sendall(b)
    os._exit(0)
conexion, _ = servidor.accept()
conexion.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
best = None
for _ in range(ROUNDS):
    start = time.perf_counter()
    for _ in range(TRIPS):
        conexion.sendall(b"x")
        conexion.recv(1)
    elapsed = time.perf_counter() - start
    best = elapsed if best is None else min(best, elapsed)
conexion.close()
os.wait()
print(f"{best:.4f}")
