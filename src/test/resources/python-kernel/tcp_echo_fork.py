# A server and its client in two processes: the classic echo exchange of the slides.
import os
import socket

PUERTO = 50007

servidor = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
servidor.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
servidor.bind(("127.0.0.1", PUERTO))
servidor.listen(5)
print("escuchando en", servidor.getsockname(), flush=True)

pid = os.fork()
if pid == 0:
    servidor.close()
    cliente = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    cliente.connect(("localhost", PUERTO))
    cliente.sendall(b"hola, servidor")
    cliente.shutdown(socket.SHUT_WR)
    partes = []
    while True:
        datos = cliente.recv(4)
        if not datos:
            break
        partes.append(datos)
    print("cliente recibe", b"".join(partes), flush=True)
    cliente.close()
    os._exit(0)

conexion, direccion = servidor.accept()
print("conexión desde", direccion[0], flush=True)
recibido = b""
while True:
    trozo = conexion.recv(1024)
    if not trozo:
        break
    recibido += trozo
print("servidor recibe", recibido, flush=True)
conexion.sendall(recibido.upper())
conexion.close()
hijo, estado = os.wait()
print("cliente terminó con", os.WEXITSTATUS(estado))
servidor.close()
print(servidor)
