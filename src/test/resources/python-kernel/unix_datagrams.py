import os, socket

srv_path = '/tmp/enchufe_ud_srv.sock'
cli_path = '/tmp/enchufe_ud_cli.sock'
for p in (srv_path, cli_path):
    if os.path.exists(p):
        os.unlink(p)
srv = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
srv.bind(srv_path)
print(srv.getsockname())
cli = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
cli.bind(cli_path)
cli.sendto(b'hola', srv_path)
data, addr = srv.recvfrom(100)
print(data, addr)
srv.sendto(data.upper(), addr)
print(cli.recvfrom(100))
anon = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
anon.sendto(b'anonimo', srv_path)
print(srv.recvfrom(100))
try:
    anon.sendto(b'x', '/tmp/enchufe_ud_nadie.sock')
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
anon.connect(srv_path)
anon.send(b'conectado')
print(srv.recv(100), anon.getpeername())
for s in (srv, cli, anon):
    s.close()
for p in (srv_path, cli_path):
    os.unlink(p)
