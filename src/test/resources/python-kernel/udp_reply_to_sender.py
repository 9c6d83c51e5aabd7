# A UDP server answers whoever wrote to it; each client, bound or not, hears only its own answer.
import os
import socket

srv = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
srv.bind(("0.0.0.0", 50223))
for n in range(2):
    if os.fork() == 0:
        c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        if n == 1:
            c.bind(("127.0.0.1", 50224))
        c.sendto(b"cliente %d" % n, ("127.0.0.1", 50223))
        data, addr = c.recvfrom(100)
        print(n, data, addr)
        os._exit(0)
    data, addr = srv.recvfrom(100)
    srv.sendto(data.upper(), addr)
    os.wait()
srv.close()
