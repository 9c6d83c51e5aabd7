import os, socket

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 5211))
srv.listen()
if os.fork() == 0:
    c = socket.create_connection(('127.0.0.1', 5211))
    f = c.makefile('rw', encoding='utf-8', newline='\n')
    for line in ('SUMA 2 3', 'SUMA 10 -4', 'ADIOS'):
        f.write(line + '\n')
        f.flush()
        print('cliente:', f.readline().rstrip('\n'))
    f.close()
    c.close()
    os._exit(0)
conn, _ = srv.accept()
r = conn.makefile('r', encoding='utf-8')
w = conn.makefile('w', encoding='utf-8')
for line in r:
    parts = line.split()
    if parts[0] == 'SUMA':
        w.write('%d\n' % (int(parts[1]) + int(parts[2])))
    else:
        w.write('hasta luego\n')
        w.flush()
        break
    w.flush()
os.wait()
r.close()
w.close()
conn.close()
srv.close()
