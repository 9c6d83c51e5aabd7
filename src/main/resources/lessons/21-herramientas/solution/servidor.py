import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(('0.0.0.0', 6000))
s.listen(5)
while True:
    conn, direccion = s.accept()
    peticion = conn.recv(1024)
    if peticion == b'adios':
        # El servidor cierra primero.
        conn.sendall(b'hasta luego')
        conn.close()
        continue
    conn.sendall(b'hola')
    # Espera a que el cliente cierre (recv devuelve b'') y cierra después.
    while conn.recv(1024):
        pass
    conn.close()
