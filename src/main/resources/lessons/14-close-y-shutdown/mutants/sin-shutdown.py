# replaces: cliente.py
# fails: shutdown-wr, eof-servidor, fin-wait, respuesta, epipe, econnreset, ebadf
# No shutdown at all: the client waits for the answer and the server for the end of the
# request, both in recv(), for ever.
import socket

# 1. Medio cierre: la petición, y shutdown(SHUT_WR) para decir "ya no envío más".
c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
c.connect(('127.0.0.1', 6000))
c.sendall(b'una peticion sin longitud ni final')
respuesta = b''
while True:
    datos = c.recv(1024)
    if not datos:
        break
    respuesta += datos
print('Respuesta:', respuesta)
c.close()

# 2. Escribir a quien ya cerró.
c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
c.connect(('127.0.0.1', 6000))
print('El servidor cerró:', c.recv(1024))
for intento in range(1, 4):
    try:
        print('Envío', intento, '->', c.send(b'hola?'), 'bytes')
    except BrokenPipeError as e:
        print('Envío', intento, '->', e)
        break
c.close()

# 3. Cerrar con bytes sin leer: el otro extremo recibe un reset.
c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
c.connect(('127.0.0.1', 6000))
c.sendall(b'una peticion que nadie leera entera')
try:
    print('Respuesta:', c.recv(1024))
except ConnectionResetError as e:
    print('Tercera conexión:', e)

# 4. Usar el socket después de tu propio close().
c.close()
try:
    c.send(b'hola?')
except OSError as e:
    print('Después de close():', e)
