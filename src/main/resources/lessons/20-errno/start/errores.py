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


# Cada error, con una llamada que lo provoque. Por ejemplo:
#     prueba('familia desconocida', lambda: socket.socket(12345, socket.SOCK_STREAM))
#
# 1. Crear el socket: EAFNOSUPPORT, EPROTONOSUPPORT, ESOCKTNOSUPPORT, ENOTSOCK
# 2. La dirección: EACCES, EADDRINUSE, EADDRNOTAVAIL
# 3. Conectar: ECONNREFUSED, ETIMEDOUT, EHOSTUNREACH, ENETUNREACH, EPROTOTYPE, EISCONN
# 4. Sockets que no bloquean: EINPROGRESS, EALREADY, EWOULDBLOCK
# 5. Un socket mal usado: EBADF, ENOTCONN, EDESTADDRREQ, EOPNOTSUPP, ENOPROTOOPT, EMSGSIZE
# 6. El otro extremo: EPIPE, ECONNRESET
