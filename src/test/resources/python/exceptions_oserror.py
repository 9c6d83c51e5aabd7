import errno
e = OSError(errno.ECONNREFUSED, "Connection refused")
print(type(e).__name__, e, e.errno, e.strerror, e.args, isinstance(e, ConnectionError))
for code in (errno.EPIPE, errno.ECONNRESET, errno.ETIMEDOUT, errno.EACCES, errno.EAGAIN, errno.ENOENT, errno.EADDRINUSE):
    x = OSError(code, "msg")
    print(code, type(x).__name__, x)
f = FileNotFoundError(2, "No such file or directory", "x.txt")
print(f, f.filename, f.args)
print(OSError("solo texto"), OSError(), repr(OSError(1, "a")), ConnectionRefusedError(111, "Connection refused").errno)
print(issubclass(BrokenPipeError, ConnectionError), issubclass(TimeoutError, OSError), IOError is OSError)
print(errno.errorcode[errno.EADDRINUSE], errno.EWOULDBLOCK == errno.EAGAIN, errno.EINPROGRESS)
