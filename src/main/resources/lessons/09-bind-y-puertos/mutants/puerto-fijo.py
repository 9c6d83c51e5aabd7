# replaces: puertos.py
# fails: puerto-cero, muestra-puerto
# A fixed port where the step asks for port 0: the system chooses nothing.
import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(('127.0.0.1', 6000))
print('puerto:', s.getsockname()[1])

p = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
try:
    p.bind(('127.0.0.1', 80))
except PermissionError as e:
    print('puerto 80:', e)
p.close()

a = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
a.bind(('127.0.0.1', 5000))
b = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
try:
    b.bind(('127.0.0.1', 5000))
except OSError as e:
    print('puerto 5000 otra vez:', e)
b.close()
try:
    a.bind(('127.0.0.1', 5001))
except OSError as e:
    print('bind dos veces:', e)
a.close()
s.close()
