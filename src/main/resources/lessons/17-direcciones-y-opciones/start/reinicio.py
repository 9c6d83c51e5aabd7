import socket

# El servidor vuelve a arrancar en la máquina servidor, puerto 5000.
#
# 3. Primero, con un socket sin opciones: intenta bind(('0.0.0.0', 5000)) y captura el error.
#    Después, con otro socket que tenga SO_REUSEADDR antes de bind(): enlaza, escucha y
#    atiende a un cliente como servidor.py.
