import errno
names = ["EPERM", "ENOENT", "EINTR", "EBADF", "EAGAIN", "EACCES", "EEXIST", "EINVAL", "EPIPE", "EAFNOSUPPORT",
         "EADDRINUSE", "EADDRNOTAVAIL", "ENETUNREACH", "ECONNABORTED", "ECONNRESET", "EISCONN", "ENOTCONN",
         "ETIMEDOUT", "ECONNREFUSED", "EHOSTUNREACH", "EALREADY", "EINPROGRESS", "EMSGSIZE", "ENOTSOCK", "EPROTOTYPE"]
for n in names:
    v = getattr(errno, n)
    print(n, v, errno.errorcode[v])
print(len(errno.errorcode) > 100, errno.EWOULDBLOCK, errno.EDEADLK, errno.EOPNOTSUPP)
