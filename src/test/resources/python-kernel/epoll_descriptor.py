import os, select, socket

# The epoll is a descriptor of the process: it takes the lowest free number, close() frees it,
# a with-block closes it, and fromfd() wraps one that is already open.
first = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
ep = select.epoll()
second = socket.socket()
print('números', first.fileno(), ep.fileno(), second.fileno())
print('abierto', ep.closed)
number = ep.fileno()
ep.close()
print('cerrado', ep.closed)
third = socket.socket()
print('el número vuelve a usarse', third.fileno() == number)
with select.epoll() as scoped:
    print('dentro', scoped.closed, scoped.fileno())
    copy = select.epoll.fromfd(os.dup(scoped.fileno()))
    print('fromfd', type(copy).__name__, copy.fileno() != scoped.fileno(), copy.closed)
print('fuera', scoped.closed)
copy.register(first, select.EPOLLOUT)
print('el duplicado sirve', copy.poll(0))
copy.close()
try:
    os.close(number + 10)
except OSError as e:
    print(e)
attempts = select.epoll()
os.close(attempts.fileno())
try:
    attempts.poll(0)
except OSError as e:
    print('poll sobre un fd cerrado:', e)
for s in (first, second, third):
    s.close()
print(type(select.epoll).__name__, select.epoll.__module__, select.epoll.__name__)
print(sorted(n for n in dir(select.epoll) if not n.startswith('_')))
print(hex(select.EPOLLET), select.EPOLLONESHOT, select.EPOLLEXCLUSIVE, select.EPOLLRDHUP)
print(isinstance(select.__file__, str))
