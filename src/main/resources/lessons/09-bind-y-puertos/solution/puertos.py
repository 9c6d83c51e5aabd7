import socket

# 1. Puerto 0: el sistema elige un puerto efímero libre.
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(('127.0.0.1', 0))
print('puerto efímero:', s.getsockname()[1])

# 2. Un puerto reservado (menor que 1024).
p = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
try:
    p.bind(('127.0.0.1', 80))
except PermissionError as e:
    print('puerto 80:', e)
p.close()

# 3. Un puerto que ya tiene otro socket.
a = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
a.bind(('127.0.0.1', 5000))
b = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
try:
    b.bind(('127.0.0.1', 5000))
except OSError as e:
    print('puerto 5000 otra vez:', e)
b.close()

# 4. El mismo socket, enlazado dos veces.
try:
    a.bind(('127.0.0.1', 5001))
except OSError as e:
    print('bind dos veces:', e)
a.close()
s.close()
