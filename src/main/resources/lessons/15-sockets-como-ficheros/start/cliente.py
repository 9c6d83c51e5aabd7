import socket

c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
c.connect(('127.0.0.1', 6000))

# 1. Trata el socket como un fichero de texto: f = c.makefile('r', encoding='utf-8').
#    Lee el saludo línea a línea con f.readline() hasta la línea 'FIN\n';
#    escribe cada una con print('Línea:', repr(linea)).

# 2. El servidor ya no dirá nada más. Pon un plazo con c.settimeout(0.5), intenta leer otra
#    línea y captura el TimeoutError.

# 3. Pasa el socket a modo no bloqueante con c.setblocking(False), llama a c.recv(1024) y
#    captura el BlockingIOError.

c.close()
