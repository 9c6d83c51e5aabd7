import socket

# Tu programa corre en la máquina «cliente». Escribe cada respuesta con print().
# 1. La dirección 172.25.4.4 en binario (inet_pton) y de vuelta a texto (inet_ntop).
# 2. La dirección de www.ceu.es (gethostbyname) y todo lo que se sabe de web.ceu.es
#    (gethostbyname_ex).
# 3. El nombre de la dirección 193.147.10.21 (gethostbyaddr).
# 4. getaddrinfo('www.ceu.es', 'http', socket.AF_INET, socket.SOCK_STREAM).
# 5. El puerto del servicio http por TCP (getservbyname) y el servicio del puerto 22 (getservbyport).
# 6. El nombre de esta máquina (gethostname) y su nombre completo (getfqdn).
# 7. Un nombre que nadie conoce (nadie.ceu.es) y una dirección sin nombre (193.147.10.99):
#    captura el error de cada uno.
