# A server's bookkeeping typed as the course writes it: dict[str, socket.socket], list[tuple[str, int]].
import socket

Conexiones = dict[str, socket.socket]
conexiones: Conexiones = Conexiones()
historial: list[tuple[str, bytes]] = []


def registrar(nombre: str, s: socket.socket) -> None:
    conexiones[nombre] = s


def difundir(mensaje: bytes, conexiones: dict[str, socket.socket]) -> list[str]:
    enviados = list[str]()
    for nombre, s in sorted(conexiones.items()):
        s.sendall(mensaje)
        enviados.append(nombre)
    return enviados


pares = [socket.socketpair() for _ in range(2)]
for n, (a, b) in enumerate(pares):
    registrar(f"cliente{n}", a)
print(Conexiones, type(conexiones), difundir(b"hola", conexiones))
for n, (a, b) in enumerate(pares):
    historial.append((f"cliente{n}", b.recv(10)))
print(historial)
print(list[socket.socket], dict[socket.AddressFamily, socket.SocketKind], tuple[socket.socket, tuple[str, int]])
print(dict[str, socket.socket].__args__, socket.socket[int] if hasattr(socket.socket, "__class_getitem__") else "sin alias")
try:
    isinstance(pares[0][0], list[socket.socket])
except TypeError as e:
    print("TypeError:", e)
try:
    socket.socket[int]
except TypeError as e:
    print("TypeError:", e)
for a, b in pares:
    a.close()
    b.close()
