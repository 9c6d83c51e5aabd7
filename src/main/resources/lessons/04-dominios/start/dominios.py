import os
import socket

# 1. Crea un socket de cada dominio y enlázalo a una dirección de su formato:
#    AF_INET  -> ('127.0.0.1', 5004)   (y déjalo escuchando: listen())
#    AF_INET6 -> ('::1', 0)
#    AF_UNIX  -> 'dominio.sock'        (un fichero: bórralo antes si ya existe)
#    Escribe la dirección de cada uno con getsockname().
v4 = socket.socket(socket.AF_INET, socket.SOCK_STREAM)

# 2. Da a cada socket la dirección de otro dominio (connect() o bind()),
#    captura la excepción y escríbela: print(type(e).__name__, e)

# 3. Intenta crear un socket del dominio AF_UNSPEC y captura el error.

# 4. Conecta un socket AF_INET6 a ('::1', 5004) y captura el error;
#    después conecta uno AF_INET a ('127.0.0.1', 5004).

v4.close()
