# listen(backlog): Linux queues backlog + 1 connections; the next clients wait and time out.
import socket

for backlog in (1, 2):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(backlog)
    resultados = []
    clientes = []
    for n in range(backlog + 3):
        c = socket.socket()
        c.settimeout(0.3)
        try:
            c.connect(s.getsockname())
            resultados.append("conectado")
        except socket.timeout:
            resultados.append("timeout")
        clientes.append(c)
    print("listen(%d):" % backlog, resultados)
    s.close()
    for c in clientes:
        c.close()
