import select, socket

# The errors a course program meets with epoll, worded as CPython words them.
def attempt(what, call):
    try:
        result = call()
        print(what, '->', result)
    except Exception as e:
        print(what, '->', type(e).__name__, e)

for args in [(0,), (-2,), (1, 1), ('a',)]:
    attempt('epoll%r' % (args,), lambda: select.epoll(*args).close())
attempt('epoll(1, 2, 3)', lambda: select.epoll(1, 2, 3))
ep = select.epoll(sizehint=8, flags=select.EPOLL_CLOEXEC)
s = socket.socket()
ep.register(s, select.EPOLLIN)
attempt('register twice', lambda: ep.register(s, select.EPOLLIN))
other = socket.socket()
attempt('modify unregistered', lambda: ep.modify(other, select.EPOLLIN))
attempt('unregister unregistered', lambda: ep.unregister(other))
attempt('modify closed fd', lambda: ep.modify(99, select.EPOLLIN))
attempt('unregister closed fd', lambda: ep.unregister(98))
attempt('register closed fd', lambda: ep.register(97))
attempt('register itself', lambda: ep.register(ep))
attempt('register -1', lambda: ep.register(-1))
attempt('register str', lambda: ep.register('x'))
attempt('register float', lambda: ep.register(3.5))
attempt('register bad mask', lambda: ep.register(other, 'a'))
attempt('register no args', lambda: ep.register())
attempt('unregister no args', lambda: ep.unregister())
attempt('modify one arg', lambda: ep.modify(s))
attempt('poll maxevents 0', lambda: ep.poll(0, 0))
attempt('poll maxevents -2', lambda: ep.poll(None, -2))
attempt('poll timeout str', lambda: ep.poll('x'))
attempt('poll maxevents str', lambda: ep.poll(1, 'a'))
attempt('poll 3 args', lambda: ep.poll(1, 2, 3))
closed = socket.socket()
attempt('register closed socket', lambda: (closed.close(), ep.register(closed)))
ep.close()
attempt('closed', lambda: ep.closed)
attempt('poll closed', lambda: ep.poll(0))
attempt('register on closed', lambda: ep.register(other))
attempt('modify on closed', lambda: ep.modify(s, 1))
attempt('unregister on closed', lambda: ep.unregister(s))
attempt('fileno on closed', lambda: ep.fileno())
attempt('close again', lambda: ep.close())
def use_closed():
    with ep:
        pass
attempt('with closed', use_closed)
s.close()
other.close()

# EPOLLEXCLUSIVE comes only with IN, OUT, ERR, HUP and ET, never in a modify() nor on an epoll.
ep = select.epoll()
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
inner = select.epoll()
attempt('exclusive|oneshot', lambda: ep.register(u, select.EPOLLIN | select.EPOLLEXCLUSIVE | select.EPOLLONESHOT))
attempt('exclusive|rdhup', lambda: ep.register(u, select.EPOLLIN | select.EPOLLEXCLUSIVE | select.EPOLLRDHUP))
attempt('modify to exclusive, unregistered', lambda: ep.modify(v, select.EPOLLIN | select.EPOLLEXCLUSIVE))
attempt('exclusive', lambda: ep.register(u, select.EPOLLIN | select.EPOLLEXCLUSIVE))
attempt('modify exclusive', lambda: ep.modify(u, select.EPOLLIN))
attempt('epoll in epoll, exclusive', lambda: ep.register(inner, select.EPOLLIN | select.EPOLLEXCLUSIVE))
attempt('epoll in epoll', lambda: ep.register(inner, select.EPOLLIN))
for x in (ep, inner, u, v):
    x.close()
