import socket
import time

# Un servidor iterativo: atiende a un cliente cada vez, de principio a fin.
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(('0.0.0.0', 5000))
s.listen(5)
while True:
    conn, direccion = s.accept()
    peticion = conn.recv(1024)
    time.sleep(1)  # el trabajo que cuesta cada petición
    conn.sendall(b'atendido: ' + peticion)
    conn.close()
