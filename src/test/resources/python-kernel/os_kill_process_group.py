# os.kill() with a negative pid signals a whole process group; 0 is the caller's own group.
import os, signal, time

r, w = os.pipe()
leader = os.fork()
if leader == 0:
    os.setpgrp()
    if os.fork() == 0:
        time.sleep(30)
        os._exit(0)
    os.write(w, b'listo')
    time.sleep(30)
    os._exit(0)
print(os.read(r, 5))
print('grupo del hijo:', os.getpgid(leader) == leader, os.getpgid(leader) != os.getpgrp())
os.kill(-leader, signal.SIGTERM)
pid, status = os.waitpid(leader, 0)
print('líder muerto por', signal.Signals(os.WTERMSIG(status)).name)
print('kill(0, 0):', os.kill(0, 0))
try:
    os.kill(-99999, 0)
except ProcessLookupError as e:
    print('grupo sin procesos:', type(e).__name__, e)
