import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(('127.0.0.1', 7007))
s.listen(5)
while True:
    conn, addr = s.accept()
    while True:
        datos = conn.recv(1024)
        if not datos:
            break
        conn.sendall(datos)
    conn.close()
