# Process groups: children are born in their parent's group; killpg() signals all of it.
import os, signal, time

os.setpgrp()
group = os.getpgrp()
print('lidera su grupo:', group == os.getpid(), os.getpgid(0) == group, os.getsid(0) == os.getsid(os.getpid()))
children = []
for n in range(2):
    pid = os.fork()
    if pid == 0:
        time.sleep(30)
        os._exit(0)
    children.append(pid)
print('hijos en el grupo:', [os.getpgid(c) == group for c in children])
signal.signal(signal.SIGTERM, lambda s, f: print('el padre también recibe', signal.Signals(s).name))
os.killpg(group, signal.SIGTERM)
for c in children:
    pid, status = os.waitpid(c, 0)
    print('hijo muerto por señal', os.WTERMSIG(status))
pid = os.fork()
if pid == 0:
    os.setpgrp()
    os._exit(0 if os.getpgrp() == os.getpid() and os.getpgrp() != group else 1)
print('hijo con grupo propio:', os.WEXITSTATUS(os.waitpid(pid, 0)[1]) == 0)
for text, call in [('getpgid(99999)', lambda: os.getpgid(99999)), ('getsid(99999)', lambda: os.getsid(99999)),
                   ('killpg(99999, 0)', lambda: os.killpg(99999, 0)), ('killpg(grupo, 0)', lambda: os.killpg(group, 0))]:
    try:
        print(text, '->', call())
    except Exception as e:
        print(text, '->', type(e).__name__, e)
