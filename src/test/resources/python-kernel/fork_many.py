import os
import sys
hijos = []
for n in range(3):
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        os._exit(10 + n)
    hijos.append(pid)
codigos = []
for pid in hijos:
    p, estado = os.waitpid(pid, 0)
    codigos.append(os.WEXITSTATUS(estado))
print(codigos)
try:
    os.wait()
except ChildProcessError as e:
    print(type(e).__name__, e.errno, e)
