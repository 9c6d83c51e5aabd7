import socket

# El cliente, en la máquina cliente: conéctate a ('servidor', 5000).
#
# 1. Después de connect(), escribe c.getsockname() (tu extremo) y c.getpeername() (el servidor).
# 2. Envía b'hola' y lee la respuesta hasta que recv() devuelva b''; después cierra.
