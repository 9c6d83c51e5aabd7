import socket

for kind in (socket.SOCK_STREAM, socket.SOCK_DGRAM):
    for family in (socket.AF_INET, socket.AF_UNIX):
        s = socket.socket(family, kind)
        print(family.name, kind.name)
        for v in (0, 1, 1000, 1152, 1153, 2304, 5000, 65536, 100000, 4194304, 4194305, 10 ** 9, -1):
            s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, v)
            s.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, v)
            print(' ', v, s.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF), s.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF))
        s.close()
