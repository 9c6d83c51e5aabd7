import os

print(os.curdir, os.pardir, os.extsep, os.altsep, os.pathsep, os.devnull, os.defpath, os.sep, repr(os.linesep))
print(os.EX_OK, os.EX_USAGE, os.EX_SOFTWARE, os.EX_TEMPFAIL, os.WNOHANG, os.WUNTRACED, os.WCONTINUED)
print(os.P_ALL, os.P_PID, os.P_PGID, os.CLD_EXITED, os.CLD_KILLED)
for status in (0, 256, 9, 0x8b, 0x137f, 0xffff):
    print(status, os.WIFEXITED(status), os.WIFSIGNALED(status), os.WIFSTOPPED(status), os.WIFCONTINUED(status),
          os.WCOREDUMP(status), os.WSTOPSIG(status))
print(os.waitstatus_to_exitcode(256), os.waitstatus_to_exitcode(9))
try:
    os.waitstatus_to_exitcode(0x137f)
except ValueError as e:
    print(e)
print(len(os.urandom(16)), type(os.urandom(0)))
try:
    os.urandom(-1)
except ValueError as e:
    print(e)
