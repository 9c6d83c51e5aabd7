# Linux picks a socket's source address from the route to its destination. Every 127.x.y.z is
# reached through the loopback's route, whose preferred source is 127.0.0.1: a client bound to
# the wildcard that talks to 127.0.1.1 (this host's name in /etc/hosts) is 127.0.0.1, over TCP
# and UDP alike; one bound to 127.0.1.1 itself keeps it.
import socket

server = socket.socket()
server.bind(('0.0.0.0', 0))
server.listen()
port = server.getsockname()[1]

c = socket.create_connection(('127.0.1.1', port))
conn, peer = server.accept()
print('tcp client address', c.getsockname()[0], 'seen by the server as', peer[0])
print('server end', conn.getsockname()[0])
conn.close()
c.close()

u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(('', 0))
v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
v.sendto(b'x', ('127.0.1.1', u.getsockname()[1]))
print('udp sender', u.recvfrom(10)[1][0], v.getsockname()[0])

w = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
w.bind(('127.0.1.1', 0))
w.sendto(b'y', ('127.0.0.1', u.getsockname()[1]))
print('bound sender', u.recvfrom(10)[1][0])
x = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
x.connect(('127.0.1.1', u.getsockname()[1]))
print('connected udp', x.getsockname()[0])
x.send(b'z')
print('connected sender', u.recvfrom(10)[1][0])
for s in (server, u, v, w, x):
    s.close()
