import os, signal, socket

def manejador(signum, frame):
    print('manejador recibe', signum, signum == signal.SIGUSR1)

print(signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL)
print(signal.signal(signal.SIGUSR1, manejador) == signal.SIG_DFL)
print(signal.getsignal(signal.SIGUSR1) is manejador)
os.kill(os.getpid(), signal.SIGUSR1)
print('después de kill')
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)

def ctrl_c(signum, frame):
    print('Ctrl-C atrapado', signum)

previo = signal.signal(signal.SIGINT, ctrl_c)
print(previo is signal.default_int_handler)
os.kill(os.getpid(), signal.SIGINT)
print('sigo vivo')
signal.signal(signal.SIGINT, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGINT)
print('ignorado')
signal.signal(signal.SIGINT, signal.SIG_DFL)
try:
    signal.signal(signal.SIGUSR2, 42)
except TypeError as e:
    print('TypeError', e)

# A handler that interrupts a recv() the process sleeps in: the recv goes on afterwards.
a, b = socket.socketpair()
pid = os.fork()
if pid == 0:
    a.close()
    import time
    time.sleep(0.2)
    os.kill(os.getppid(), signal.SIGUSR1)
    time.sleep(0.2)
    b.send(b'datos')
    os._exit(0)
b.close()
print('padre recibe', a.recv(10))
os.wait()

# A handler that raises ends the interrupted call with its exception.
class Basta(Exception):
    pass

def corta(signum, frame):
    raise Basta('señal %d' % signum)

signal.signal(signal.SIGUSR2, corta)
c, d = socket.socketpair()
if os.fork() == 0:
    import time
    time.sleep(0.2)
    os.kill(os.getppid(), signal.SIGUSR2)
    os._exit(0)
try:
    c.recv(10)
except Basta as e:
    print('recv cortado:', e)
os.wait()
os.kill(os.getpid(), signal.SIGINT)
