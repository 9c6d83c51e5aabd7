# The errno numbers of the socket slides, their names and the text os.strerror gives.
import errno
import os

for name in ["EPERM", "ENOENT", "EINTR", "EBADF", "EAGAIN", "EACCES", "EINVAL", "EMFILE", "EPIPE", "ENOTSOCK",
             "EMSGSIZE", "EPROTOTYPE", "EAFNOSUPPORT", "EADDRINUSE", "EADDRNOTAVAIL", "ENETUNREACH",
             "ECONNABORTED", "ECONNRESET", "ENOBUFS", "EISCONN", "ENOTCONN", "ETIMEDOUT", "ECONNREFUSED",
             "EHOSTUNREACH", "EALREADY", "EINPROGRESS"]:
    code = getattr(errno, name)
    print(code, errno.errorcode[code], os.strerror(code))
print(errno.EWOULDBLOCK == errno.EAGAIN, errno.errorcode[errno.EWOULDBLOCK])
