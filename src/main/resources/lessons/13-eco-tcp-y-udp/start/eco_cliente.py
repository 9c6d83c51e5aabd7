import socket

# Cliente TCP: conéctate a 127.0.0.1:7007, envía b'hola, eco', recibe el eco entero
# y escríbelo con print('Eco TCP:', recibido).
