# waitpid(0) and waitpid(-pgid), waitid(P_PGID): collecting the children of one process group.
import os

r, w = os.pipe()
apart = os.fork()
if apart == 0:
    os.setpgrp()
    os.write(w, b'x')
    os._exit(4)
os.read(r, 1)
same = os.fork()
if same == 0:
    os._exit(5)
pid, status = os.waitpid(0, 0)
print('waitpid(0): el del mismo grupo', pid == same, os.WEXITSTATUS(status))
try:
    os.waitpid(0, os.WNOHANG)
except ChildProcessError as e:
    print('no queda nadie en mi grupo:', e)
info = os.waitid(os.P_PGID, apart, os.WEXITED)
print('waitid(P_PGID):', info.si_pid == apart, info.si_status)
last = os.fork()
if last == 0:
    os.setpgrp()
    os.write(w, b'y')
    os._exit(6)
os.read(r, 1)
pid, status, usage = os.wait4(-last, 0)
print('wait4(-pgid):', pid == last, os.WEXITSTATUS(status))
try:
    os.waitpid(-last, 0)
except ChildProcessError as e:
    print('grupo sin hijos:', e)
