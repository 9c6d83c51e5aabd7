# Who and where a process is: its user, the machine's name, its times, the module's own names.
import os
print('uid:', os.getuid() == os.geteuid(), os.getgid() == os.getegid(), type(os.getuid()).__name__)
u = os.uname()
print('uname:', type(u).__name__, len(u), u.sysname, u.machine, u[0] == u.sysname, isinstance(u.nodename, str))
t = os.times()
print('times:', type(t).__name__, len(t), t.user >= 0, t.elapsed >= 0, t[4] == t.elapsed)
print('cpu_count:', os.cpu_count() >= 1, 'device_encoding:', os.device_encoding(0), os.device_encoding(99))
print(os.terminal_size((80, 24)), os.terminal_size((80, 24)).lines)
try:
    os.terminal_size((1,))
except TypeError as e:
    print('TypeError', e)

class Ruta(os.PathLike):
    def __fspath__(self):
        return '/tmp/servidor.sock'

print(os.fspath(Ruta()), os.PathLike.__name__, isinstance(Ruta(), os.PathLike))
print(os.__file__.endswith('os.py'), isinstance(os.__all__, list), 'fork' in os.__all__, 'environ' in os.__all__)
print(os.waitid_result((1, 2, 3, 4, 5)))
print(os.uname_result(('a', 'b', 'c', 'd', 'e')))
print(os.times_result((1, 2, 3, 4, 5)).elapsed)
import socket
print('nodename es gethostname():', os.uname().nodename == socket.gethostname())
