import errno
print(errno.ECONNREFUSE)
