# replaces: servidor.py
# fails: servidor-pasivo, cliente-conecta, conexion-aceptada, peticion, respuesta, eof-servidor, cliente-orden, servidor-orden
# fires: pista-refused
# bind() forgotten: listen() gives the socket an ephemeral port, so nobody listens on 5000 and
# the client's connect() is refused. The server still sleeps in accept(), on a port nobody knows.
import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.listen(5)
conn, addr = s.accept()
while True:
    peticion = conn.recv(1024)
    if not peticion:
        break
    conn.sendall(peticion.upper())
conn.close()
s.close()
