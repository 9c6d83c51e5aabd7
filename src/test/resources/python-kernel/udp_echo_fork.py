# A UDP echo: each sendto is one datagram, and the server answers whoever sent it.
import os
import socket

servidor = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
servidor.bind(("127.0.0.1", 50210))

if os.fork() == 0:
    cliente = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    for palabra in [b"uno", b"dos", b"tres", b"fin"]:
        cliente.sendto(palabra, ("127.0.0.1", 50210))
        respuesta, desde = cliente.recvfrom(1024)
        print("cliente:", respuesta, "desde", desde, flush=True)
    os._exit(0)

while True:
    datos, cliente = servidor.recvfrom(1024)
    print("servidor:", datos, "de", cliente[0], cliente[1] >= 32768, flush=True)
    servidor.sendto(datos.upper(), cliente)
    if datos == b"fin":
        break
os.wait()
servidor.close()
