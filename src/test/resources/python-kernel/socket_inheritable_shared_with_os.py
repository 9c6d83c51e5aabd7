# A socket's close-on-exec flag is its descriptor's: socket and os read and set the same one.
import os, socket
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
print('nuevo:', s.get_inheritable(), os.get_inheritable(s.fileno()))
os.set_inheritable(s.fileno(), True)
print('os lo cambia:', s.get_inheritable())
s.set_inheritable(False)
print('socket lo cambia:', os.get_inheritable(s.fileno()))
s.set_inheritable(True)
pid = os.fork()
if pid == 0:
    print('el hijo lo hereda:', s.get_inheritable())
    os._exit(0)
os.waitpid(pid, 0)
copia = s.dup()
print('dup no hereda:', copia.get_inheritable())
fd = s.fileno()
s.close()
try:
    os.get_inheritable(fd)
except OSError as e:
    print('cerrado:', e)
copia.close()
try:
    copia.get_inheritable()
except OSError as e:
    print('socket cerrado:', e)
