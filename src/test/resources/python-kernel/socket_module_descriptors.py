# The socket module's functions on bare descriptors and names: close() and dup() of a descriptor,
# the loopback interface by name and index, the ancillary-data sizes, and their errors.
import socket


def attempt(label, call, *args):
    try:
        print(label, repr(call(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


s = socket.socket()
fd = s.fileno()
copy = socket.dup(fd)
print('dup gives a new descriptor', copy != fd, copy > fd)
other = socket.socket(fileno=copy)
print('same socket', other.family.name, other.type.name)
other.detach()
socket.close(copy)
attempt('close again', socket.close, copy)
attempt('close -1', socket.close, -1)
attempt('close str', socket.close, 'x')
attempt('dup bad', socket.dup, 999)
attempt('dup str', socket.dup, 'x')
s.close()
attempt('lo', socket.if_nametoindex, 'lo')
attempt('index 1', socket.if_indextoname, 1)
attempt('first', lambda: socket.if_nameindex()[0])
attempt('no such', socket.if_nametoindex, 'nope0')
attempt('int name', socket.if_nametoindex, 3)
attempt('index str', socket.if_indextoname, 'x')
attempt('index -1', socket.if_indextoname, -1)
attempt('index 999', socket.if_indextoname, 999)
attempt('nameindex arg', socket.if_nameindex, 1)
for n in (0, 1, 4, 8, 9):
    print(n, socket.CMSG_LEN(n), socket.CMSG_SPACE(n))
attempt('CMSG_LEN -1', socket.CMSG_LEN, -1)
attempt('CMSG_SPACE str', socket.CMSG_SPACE, 'a')
attempt('sethostname int', socket.sethostname, 3)
print(repr(socket.MSG_OOB), repr(socket.AI_PASSIVE), repr(socket.AF_ROUTE), int(socket.MSG_PEEK), socket.MSG_PEEK)
print(socket.MsgFlag(2), repr(socket.AddressInfo(1)), socket.INADDR_NONE, socket.AF_DECnet)
