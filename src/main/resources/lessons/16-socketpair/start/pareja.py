import os
import socket

# 1. Crea una pareja de sockets conectados con socket.socketpair() y haz os.fork().
#    Cada proceso cierra el extremo que no usa: el hijo el del padre, el padre el del hijo.

# 2. El padre envía una pregunta; el hijo la lee y responde. El hijo cierra su extremo y
#    termina con os._exit(0); el padre lee hasta recibir b''.

# 3. El padre recoge al hijo con os.waitpid(pid, 0) y escribe su código de salida.
