import socket

# El cliente: crea un socket, conéctate al puerto 5000 de 'servidor' (connect),
# recibe el saludo (recv) y escríbelo con print('Recibido:', ...).
c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
