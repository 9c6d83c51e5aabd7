import select

for name in sorted(n for n in dir(select) if n.startswith(("POLL", "EPOLL")) or n == "PIPE_BUF"):
    print(name, getattr(select, name))
p = select.poll()
p.register(0, select.POLLIN | select.POLLRDHUP)
print(select.POLLIN | select.POLLPRI | select.POLLRDBAND)
