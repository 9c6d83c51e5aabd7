# sendmsg/recvmsg errors: CPython's argument checks and Linux's errno (EINVAL, EBADF).
import socket
import struct

a, b = socket.socketpair()


def prueba(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


prueba(lambda: a.sendmsg(5))
prueba(lambda: a.sendmsg([b"x"], 5))
prueba(lambda: a.sendmsg([b"x"], None))
prueba(lambda: a.sendmsg(["x"]))
prueba(lambda: a.sendmsg([b"x"], [(1, 2)]))
prueba(lambda: a.sendmsg([b"x"], [1]))
prueba(lambda: a.sendmsg([b"x"], [("a", 1, b"")]))
prueba(lambda: a.sendmsg([b"x"], [(1, 1, "s")]))
prueba(lambda: a.sendmsg([b"x"], [], "f"))
prueba(lambda: a.sendmsg())
prueba(lambda: a.sendmsg([b"x"], [], 0, 1, 2))
prueba(lambda: a.sendmsg(buffers=[b"x"]))
prueba(lambda: a.sendmsg([b"x"], [(socket.SOL_SOCKET, 99, b"1234")]))
prueba(lambda: a.sendmsg([b"x"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, struct.pack("i", 99))]))
prueba(lambda: a.sendmsg([b"x"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, struct.pack("i", -1))]))
prueba(lambda: a.sendmsg([b"y"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, b"123")]))
prueba(lambda: a.sendmsg([b"z"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, b"")]))
prueba(lambda: a.sendmsg([b"w"], [(5, socket.SCM_RIGHTS, b"1234")]))
prueba(lambda: a.sendmsg([b"v"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, struct.pack("i", 0) * 254)]))
prueba(lambda: b.recvmsg(100))
prueba(lambda: b.recvmsg())
prueba(lambda: b.recvmsg(1, 2, 3, 4))
prueba(lambda: b.recvmsg("x"))
prueba(lambda: b.recvmsg(-1))
prueba(lambda: b.recvmsg(1, -1))
prueba(lambda: b.recvmsg(bufsize=1))
prueba(lambda: b.recvmsg_into(5))
prueba(lambda: b.recvmsg_into([b"x"]))
prueba(lambda: b.recvmsg_into([bytearray(2)], -1))
prueba(lambda: socket.send_fds(a, [b"x"], ["a"]))
prueba(lambda: socket.send_fds(a, [b"x"], [99]))
prueba(lambda: socket.send_fds(a, b"x", [1]))
prueba(lambda: socket.recv_fds(b, 10, -1))
b.setblocking(False)
prueba(lambda: b.recvmsg(10))
prueba(lambda: socket.recv_fds(b, 10, 1))
a.close()
prueba(lambda: a.sendmsg([b"x"]))
prueba(lambda: b.sendmsg([b"x"]))
b.close()
