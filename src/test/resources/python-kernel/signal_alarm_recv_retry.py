# A handler that returns: recv() goes on waiting (PEP 475) and gets what the child sends later.
import os, signal, socket, time

def aviso(signum, frame):
    print('SIGALRM: recv sigue esperando')

a, b = socket.socketpair()
pid = os.fork()
if pid == 0:
    a.close()
    time.sleep(2)
    b.sendall(b'por fin')
    os._exit(0)
b.close()
signal.signal(signal.SIGALRM, aviso)
signal.alarm(1)
print('recibido:', a.recv(100))
os.waitpid(pid, 0)
a.close()
