# wait4, wait3 and waitid: the same children os.wait collects, with rusage or siginfo.
import os, signal, time

pid = os.fork()
if pid == 0:
    os._exit(3)
got, status, usage = os.wait4(pid, 0)
print('wait4:', got == pid, os.WEXITSTATUS(status), type(usage).__name__, usage.ru_utime >= 0, len(usage))
pid = os.fork()
if pid == 0:
    os.kill(os.getpid(), signal.SIGTERM)
info = os.waitid(os.P_PID, pid, os.WEXITED)
print('waitid:', type(info).__name__, info.si_pid == pid, info.si_signo, info.si_status, info.si_code == os.CLD_KILLED)
pid = os.fork()
if pid == 0:
    time.sleep(1)
    os._exit(7)
print('wait3 sin esperar:', os.wait3(os.WNOHANG)[:2])
print('waitid sin esperar:', os.waitid(os.P_ALL, 0, os.WEXITED | os.WNOHANG))
info = os.waitid(os.P_ALL, 0, os.WEXITED)
print('waitid espera:', info.si_pid == pid, info.si_status, info.si_code == os.CLD_EXITED)
pid = os.fork()
if pid == 0:
    os._exit(1)
got, status, usage = os.wait3(0)
print('wait3:', got == pid, os.WEXITSTATUS(status), usage.ru_stime >= 0)
for text, call in [('waitid(P_ALL, 0, 0)', lambda: os.waitid(os.P_ALL, 0, 0)), ('wait3(0)', lambda: os.wait3(0)),
                   ('wait4(-1, 0)', lambda: os.wait4(-1, 0)), ('waitid(P_ALL, 0, WEXITED)', lambda: os.waitid(os.P_ALL, 0, os.WEXITED))]:
    try:
        print(text, '->', call())
    except Exception as e:
        print(text, '->', type(e).__name__, e)
