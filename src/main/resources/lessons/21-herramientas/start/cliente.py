import socket

# Primera conexión, a ('127.0.0.1', 6000): envía b'hola', escribe la respuesta y cierra
# (el cliente cierra primero).

# Segunda conexión: envía b'adios', escribe la respuesta, lee hasta recibir b''
# (el servidor cierra primero) y cierra.
