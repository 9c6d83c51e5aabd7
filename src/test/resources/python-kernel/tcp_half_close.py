import os, socket

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 5303))
srv.listen()
if os.fork() == 0:
    c = socket.create_connection(('127.0.0.1', 5303))
    c.sendall(b'peticion completa')
    c.shutdown(socket.SHUT_WR)
    partes = []
    while True:
        d = c.recv(4)
        if not d:
            break
        partes.append(d)
    print('cliente recibe', b''.join(partes), len(partes) >= 1)
    c.close()
    os._exit(0)
conn, _ = srv.accept()
datos = b''
while True:
    d = conn.recv(100)
    if not d:
        break
    datos += d
print('servidor recibe', datos)
conn.sendall(datos[::-1])
conn.close()
os.wait()
srv.close()
