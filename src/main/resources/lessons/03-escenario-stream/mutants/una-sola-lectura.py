# replaces: servidor.py
# fails: eof-servidor, servidor-orden
# One recv() and the server hangs up: it answers, but never waits for the client's close, so it
# never sees the end of file.
import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(('0.0.0.0', 5000))
s.listen(5)
conn, addr = s.accept()
peticion = conn.recv(1024)
conn.sendall(peticion.upper())
conn.close()
s.close()
