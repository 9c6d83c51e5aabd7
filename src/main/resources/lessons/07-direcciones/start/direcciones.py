import os
import socket
import struct

# 1. Enlaza un socket de cada dominio y escribe su getsockname():
#    AF_INET a ('127.0.0.1', 0), AF_INET6 a ('::1', 0), AF_UNIX a 'direcciones.sock'.

# 2. Un servidor TCP enlazado a ('', 5007), escuchando. Escribe su getsockname().

# 3. Conecta un cliente a ('127.0.0.1', 5007) y otro a ('172.25.4.4', 5007); acepta cada uno
#    y escribe los dos extremos de cada conexión.

# 4. Envía un datagrama a ('172.25.4.255', 5007) sin SO_BROADCAST (captura el error)
#    y después con SO_BROADCAST; recíbelo en un socket UDP enlazado a ('', 5007).

# 5. Construye con struct la sockaddr_in de ('127.0.0.1', 5007) y escribe su .hex().
