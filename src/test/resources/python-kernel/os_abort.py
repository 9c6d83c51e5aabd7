# os.abort(): SIGABRT ends the process at once — no atexit, exit status 134 in a shell.
import atexit, os, sys
atexit.register(lambda: print('atexit no corre'))
pid = os.fork()
if pid == 0:
    os.abort()
_, status = os.waitpid(pid, 0)
print('hijo:', os.WIFSIGNALED(status), os.WTERMSIG(status), os.waitstatus_to_exitcode(status))
print('ahora el padre')
sys.stdout.flush()
os.abort()
