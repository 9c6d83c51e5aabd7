# waitid(WNOWAIT) tells how a child ended and leaves it a zombie for the wait that collects it.
import os
pid = os.fork()
if pid == 0:
    os._exit(3)
info = os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)
print('primera mirada:', info.si_pid == pid, info.si_status, info.si_code == os.CLD_EXITED)
info = os.waitid(os.P_ALL, 0, os.WEXITED | os.WNOWAIT | os.WNOHANG)
print('sigue ahí:', info.si_pid == pid, info.si_status)
got, status = os.waitpid(pid, 0)
print('waitpid lo recoge:', got == pid, os.WEXITSTATUS(status))
try:
    os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)
except ChildProcessError as e:
    print('ya no está:', e)
