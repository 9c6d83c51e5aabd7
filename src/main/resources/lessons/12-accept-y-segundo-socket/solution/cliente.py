import socket

uno = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
uno.connect(('servidor', 5012))
print('Cliente uno, desde', uno.getsockname(), 'recibe', uno.recv(1024))

dos = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
dos.connect(('servidor', 5012))
print('Cliente dos, desde', dos.getsockname(), 'recibe', dos.recv(1024))

# Los dos siguen conectados hasta que el servidor cuelgue: recv() devuelve b'' entonces.
for c in (uno, dos):
    while c.recv(1024):
        pass
    c.close()
