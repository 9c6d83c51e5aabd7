# AF_UNIX datagrams: a client with a name of its own can be answered; one without cannot.
import os
import socket

SRV = "/tmp/enchufe-srv-50269.sock"
CLI = "/tmp/enchufe-cli-50269.sock"
for p in (SRV, CLI):
    if os.path.exists(p):
        os.unlink(p)
srv = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
srv.bind(SRV)
named = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
named.bind(CLI)
named.sendto(b"hola", SRV)
data, addr = srv.recvfrom(100)
print(data, addr)
srv.sendto(b"respuesta", addr)
print(named.recvfrom(100))
anon = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
anon.sendto(b"anonimo", SRV)
print(srv.recvfrom(100))
for s in (srv, named, anon):
    s.close()
for p in (SRV, CLI):
    os.unlink(p)
