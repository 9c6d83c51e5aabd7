# replaces: errores.py
# fails: epipe
# EPIPE looked for by writing once to a peer that has closed: on Linux that first send() succeeds
# (the bytes leave; the peer's answer is a reset), so no error comes. EPIPE is what a send() on a
# socket whose own writing side is shut gets, at once.
import errno
import os
import select
import socket


def prueba(que, llamada):
    # Hace la llamada y escribe el errno con el que falla (o que no falló).
    try:
        llamada()
        print(que, '-> sin error')
    except OSError as e:
        print(que, '->', errno.errorcode.get(e.errno, e.errno), e)


# 1. Crear el socket
prueba('familia desconocida', lambda: socket.socket(12345, socket.SOCK_STREAM))
prueba('UDP como protocolo de un stream',
       lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_UDP))
prueba('SOCK_SEQPACKET en AF_INET', lambda: socket.socket(socket.AF_INET, socket.SOCK_SEQPACKET))
r, w = os.pipe()
prueba('una tubería no es un socket', lambda: socket.socket(fileno=r))
os.close(r)
os.close(w)

# 2. La dirección: bind()
ocupado = socket.socket()
ocupado.bind(('', 5000))
prueba('puerto reservado', lambda: socket.socket().bind(('', 80)))
prueba('puerto ocupado', lambda: socket.socket().bind(('', 5000)))
prueba('dirección de otra máquina', lambda: socket.socket().bind(('172.25.4.4', 5000)))

# 3. Conectar
prueba('nadie escucha', lambda: socket.create_connection(('servidor', 5001)))
prueba('el cortafuegos descarta', lambda: socket.create_connection(('servidor', 22)))
prueba('una máquina que no existe', lambda: socket.create_connection(('172.25.4.99', 80)))
prueba('una red sin ruta', lambda: socket.create_connection(('10.0.9.5', 80)))
dgram = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
dgram.bind('/tmp/datagramas')
prueba('stream contra datagramas', lambda: socket.socket(socket.AF_UNIX).connect('/tmp/datagramas'))
eco = socket.create_connection(('servidor', 7))
prueba('conectar dos veces', lambda: eco.connect(('servidor', 7)))

# 4. Sockets no bloqueantes
nb = socket.socket()
nb.setblocking(False)
prueba('connect no bloqueante', lambda: nb.connect(('servidor', 22)))
prueba('connect otra vez, aún pendiente', lambda: nb.connect(('servidor', 22)))
nb.close()
ocupado.listen()
ocupado.setblocking(False)
prueba('accept sin clientes', ocupado.accept)

# 5. Usar mal un socket
cerrado = socket.socket()
cerrado.close()
prueba('socket cerrado', lambda: cerrado.send(b'x'))
prueba('recv sin conexión', lambda: socket.socket().recv(10))
prueba('send UDP sin destino', lambda: socket.socket(socket.AF_INET, socket.SOCK_DGRAM).send(b'x'))
prueba('listen en UDP', lambda: socket.socket(socket.AF_INET, socket.SOCK_DGRAM).listen())
prueba('opción desconocida', lambda: socket.socket().getsockopt(socket.SOL_SOCKET, 9999))
prueba('datagrama gigante',
       lambda: socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b'x' * 65508, ('servidor', 9)))

# 6. El otro extremo
escucha = socket.create_server(('127.0.0.1', 6001))
a = socket.create_connection(('127.0.0.1', 6001))
b, _ = escucha.accept()
b.close()
prueba('escribir tras el cierre del otro', lambda: a.send(b'x'))
servidor = socket.create_server(('127.0.0.1', 6000))
cliente = socket.create_connection(('127.0.0.1', 6000))
conexion, _ = servidor.accept()
cliente.send(b'sin leer')
select.select([conexion], [], [])
conexion.close()
select.select([cliente], [], [])
prueba('el otro cerró sin leer', lambda: cliente.recv(10))
