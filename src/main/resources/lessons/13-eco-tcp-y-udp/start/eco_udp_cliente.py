import socket

# Cliente UDP: envía b'hola, datagrama' a 127.0.0.1:7008 con sendto(), recibe la
# respuesta con recvfrom() y escríbela con print('Eco UDP:', datos).
