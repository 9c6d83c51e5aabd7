import socket

# Un servidor en el puerto 6000 que atiende a un cliente tras otro:
#   - si la petición es b'adios', responde b'hasta luego' y cierra él primero;
#   - si no, responde b'hola' y espera a que el cliente cierre (recv() devuelve b'')
#     antes de cerrar.
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(('0.0.0.0', 6000))
# Falta: listen(), y el bucle de accept().
