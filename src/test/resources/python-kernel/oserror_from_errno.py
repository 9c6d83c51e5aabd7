# OSError(errno, text) becomes the subclass CPython picks for that errno.
import errno
import socket

for code in [errno.ECONNREFUSED, errno.ECONNRESET, errno.EPIPE, errno.ETIMEDOUT, errno.EAGAIN, errno.EACCES,
             errno.ENOENT, errno.EEXIST, errno.EINTR, errno.ECHILD, errno.EADDRINUSE, errno.ECONNABORTED, errno.ESHUTDOWN]:
    e = OSError(code, "texto")
    print(errno.errorcode[code], type(e).__name__, e.errno, e.strerror, str(e))
e = OSError(errno.ENOENT, "No such file or directory", "/tmp/x.sock")
print(e, e.filename)
print(issubclass(socket.timeout, OSError), socket.timeout is TimeoutError, socket.error is OSError)
print(issubclass(BrokenPipeError, ConnectionError), issubclass(ConnectionRefusedError, ConnectionError))
print(repr(OSError(1)), repr(OSError()), OSError(1, 2, 3, 4).args)
