# replaces: eco_servidor.py
# fails: tcp-conexion-aparte, tcp-vuelta, tcp-fin, tcp-salida, tcp-sonda
# fires: pista-epipe
# The echo goes out over the listening socket instead of the connection accept() returned.
import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(('127.0.0.1', 7007))
s.listen(5)
while True:
    conn, addr = s.accept()
    datos = conn.recv(1024)
    s.sendall(datos)
    conn.close()
