# Each child ends differently; waitpid and the W* macros tell the parent how.
import os
import signal
import time

kids = {}
for code in (0, 3, 255):
    pid = os.fork()
    if pid == 0:
        os._exit(code)
    kids[pid] = "exit %d" % code
pid = os.fork()
if pid == 0:
    time.sleep(10)
    os._exit(0)
kids[pid] = "SIGTERM"
os.kill(pid, signal.SIGTERM)
for pid in sorted(kids):
    got, status = os.waitpid(pid, 0)
    if os.WIFEXITED(status):
        print(kids[pid], "-> exited", os.WEXITSTATUS(status))
    elif os.WIFSIGNALED(status):
        print(kids[pid], "-> signal", os.WTERMSIG(status), signal.Signals(os.WTERMSIG(status)).name)
try:
    os.wait()
except ChildProcessError as e:
    print(type(e).__name__, e)
print(os.waitpid(-1, os.WNOHANG) if False else "sin hijos")
