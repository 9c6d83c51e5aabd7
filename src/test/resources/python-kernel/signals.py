# os.kill and signal: SIGTERM ends a process, SIGINT is a KeyboardInterrupt, SIG_IGN on SIGCHLD leaves no zombies.
import os
import signal
import sys
import time

print(signal.SIGINT, repr(signal.SIGTERM), signal.SIGKILL.name)
hijo = os.fork()
if hijo == 0:
    time.sleep(10)
    os._exit(0)
os.kill(hijo, signal.SIGTERM)
pid, estado = os.waitpid(hijo, 0)
print("terminado:", os.WIFSIGNALED(estado), os.WTERMSIG(estado), os.WIFEXITED(estado))

hijo = os.fork()
if hijo == 0:
    try:
        time.sleep(10)
    except KeyboardInterrupt:
        print("hijo: interrumpido", flush=True)
        sys.exit(4)
time.sleep(0.3)
os.kill(hijo, signal.SIGINT)
pid, estado = os.waitpid(hijo, 0)
print("salió con", os.WEXITSTATUS(estado))

os.kill(os.getpid(), 0)
try:
    os.kill(4000000, signal.SIGTERM)
except ProcessLookupError as e:
    print(type(e).__name__, e)

print(signal.signal(signal.SIGCHLD, signal.SIG_IGN))
for n in range(3):
    if os.fork() == 0:
        os._exit(n)
time.sleep(0.3)
try:
    os.wait()
except ChildProcessError as e:
    print("sin zombis:", e)
print(signal.signal(signal.SIGCHLD, signal.SIG_DFL))
