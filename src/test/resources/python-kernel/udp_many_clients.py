import os, socket

srv = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
srv.bind(('127.0.0.1', 5104))
kids = []
for i in range(3):
    pid = os.fork()
    if pid == 0:
        srv.close()
        c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        c.bind(('127.0.0.1', 5110 + i))
        c.sendto(('cliente %d' % i).encode(), ('127.0.0.1', 5104))
        data, addr = c.recvfrom(100)
        c.close()
        os._exit(20 + i if (data, addr) == (('CLIENTE %d' % i).encode(), ('127.0.0.1', 5104)) else 1)
    kids.append(pid)
seen = []
for _ in range(3):
    data, addr = srv.recvfrom(100)
    seen.append((data, addr))
    srv.sendto(data.upper(), addr)
for k in kids:
    print(os.WEXITSTATUS(os.waitpid(k, 0)[1]))
print(sorted(seen))
srv.close()
