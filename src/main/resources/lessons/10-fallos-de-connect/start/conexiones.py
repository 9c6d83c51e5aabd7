import socket

# Un socket nuevo para cada intento; captura el error de connect() con try/except OSError
# y escribe e.errno.
# 1. ('servidor', 7): el servicio de eco, que sí escucha.
# 2. Un puerto del servidor donde nadie escucha.
# 3. ('servidor', 22): su cortafuegos descarta esas conexiones.
# 4. ('10.0.9.5', 5000): la base de datos, en la red interna.
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.close()
