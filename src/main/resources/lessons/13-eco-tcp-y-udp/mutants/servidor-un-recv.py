# replaces: eco_servidor.py
# fails: tcp-fin, tcp-sonda
# A server that answers one recv() and hangs up: enough for a short greeting, but a longer
# message comes in several pieces and the rest is lost (the checker's client sends 3000 bytes).
import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(('127.0.0.1', 7007))
s.listen(5)
while True:
    conn, addr = s.accept()
    datos = conn.recv(1024)
    conn.sendall(datos)
    conn.close()
