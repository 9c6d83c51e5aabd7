# AF_UNIX: sockets named by a path. The file outlives the socket, so servers unlink it first.
import os
import socket

RUTA = "/tmp/enchufe-prueba.sock"
if os.path.exists(RUTA):
    os.unlink(RUTA)

s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
print(s, repr(s.getsockname()))
s.bind(RUTA)
print(s, s.getsockname(), os.path.exists(RUTA))
c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
try:
    c.connect(RUTA)
except ConnectionRefusedError as e:
    print("sin listen:", e)
s.listen()
if os.fork() == 0:
    c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    c.connect(RUTA)
    print("hijo:", c, c.getpeername(), flush=True)
    c.sendall(b"hola por un fichero")
    c.close()
    os._exit(0)
conexion, direccion = s.accept()
print("accept:", repr(direccion), conexion, flush=True)
print(conexion.recv(100))
os.wait()
s.close()
print("tras close, el fichero sigue:", os.path.exists(RUTA))
t = socket.socket(socket.AF_UNIX)
try:
    t.bind(RUTA)
except OSError as e:
    print(type(e).__name__, e)
os.unlink(RUTA)
t.bind(RUTA)
print("ligado otra vez")
t.close()
os.remove(RUTA)
for f, args in [(os.unlink, (RUTA,)), (t.connect, ("/tmp/nada.sock",)), (socket.socket(socket.AF_UNIX).bind, ("/no/existe/x.sock",)),
                (socket.socket(socket.AF_UNIX).bind, (("127.0.0.1", 80),)), (socket.socket(socket.AF_UNIX).bind, ("x" * 200,)),
                (socket.socket(socket.AF_INET).bind, ("/tmp/a.sock",))]:
    try:
        f(*args)
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)
print(os.path.join("/tmp", "a", "b.sock"), os.path.join("a", "/b"), os.path.basename(RUTA), os.path.dirname(RUTA))
