import os
a = os.getpid()
b = os.getpid()
print(a == b, a > 0, os.getppid() >= 0, os.name, os.sep, repr(os.linesep))
print(os.WEXITSTATUS(3 << 8), os.WIFEXITED(0), os.WIFSIGNALED(9), os.WTERMSIG(9))
n = os.write(1, b"escrito con os.write\n")
print(n)
try:
    os.close(57)
except OSError as e:
    print(type(e).__name__, e)
