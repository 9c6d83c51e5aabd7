# The errno a misused socket gets, as Linux gives it.
import socket

def intenta(nombre, f):
    try:
        print(nombre, "->", f())
    except OSError as e:
        print(nombre, "->", type(e).__name__, e.errno, e.strerror)
    except Exception as e:
        print(nombre, "->", type(e).__name__, e)

s = socket.socket()
print(s.family, s.type, s.proto, s.gettimeout(), s.getblocking())
intenta("send sin conectar", lambda: s.send(b"x"))
intenta("recv sin conectar", lambda: s.recv(10))
intenta("getpeername", lambda: s.getpeername())
intenta("shutdown", lambda: s.shutdown(socket.SHUT_RDWR))
intenta("accept sin listen", lambda: s.accept())
intenta("bind a otra máquina", lambda: s.bind(("8.8.8.8", 50100)))
intenta("bind con str", lambda: s.bind("127.0.0.1"))
intenta("bind con tupla corta", lambda: s.bind(("127.0.0.1",)))
intenta("puerto grande", lambda: s.bind(("127.0.0.1", 70000)))
intenta("puerto texto", lambda: s.bind(("127.0.0.1", "80")))
intenta("host desconocido", lambda: s.connect(("no-existe.invalid", 80)))
intenta("recv negativo", lambda: s.recv(-1))
intenta("send de str", lambda: s.send("hola"))
intenta("timeout negativo", lambda: s.settimeout(-1))
intenta("opción rara", lambda: s.setsockopt(socket.SOL_SOCKET, 999, 1))
intenta("familia rara", lambda: socket.socket(99))
intenta("tipo raro", lambda: socket.socket(socket.AF_INET, 99))
intenta("raw", lambda: socket.socket(socket.AF_INET, socket.SOCK_RAW))
s.bind(("", 0))
print("ligado a", s.getsockname()[0], s.getsockname()[1] >= 32768)
intenta("bind dos veces", lambda: s.bind(("", 0)))
s.listen()
intenta("connect en escucha", lambda: s.connect(("127.0.0.1", 50101)))
intenta("send en escucha", lambda: s.send(b"x"))
intenta("recv en escucha", lambda: s.recv(1))
s.close()
s.close()
print(s)
intenta("send cerrado", lambda: s.send(b"x"))
intenta("fileno cerrado", lambda: s.fileno())
with socket.socket() as t:
    print("con with:", t.fileno())
print(t.fileno())
print(socket.getsockopt if hasattr(socket, "getsockopt") else "sin getsockopt de módulo")
u = socket.socket()
print(u.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE), u.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR),
      u.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF), u.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF),
      u.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
u.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
u.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
print(u.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR), u.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF))
u.close()
