import os, signal, time

recogidos = []

def recoger(signum, frame):
    while True:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        recogidos.append(os.WEXITSTATUS(status))

signal.signal(signal.SIGCHLD, recoger)
for i in range(3):
    if os.fork() == 0:
        time.sleep(0.1 * (i + 1))
        os._exit(10 + i)
while len(recogidos) < 3:
    time.sleep(0.05)
print('recogidos', recogidos)
try:
    os.wait()
except ChildProcessError as e:
    print('ChildProcessError', e)

def al_terminar(signum, frame):
    print('el hijo recibe SIGTERM y termina')
    os._exit(7)

pid = os.fork()
if pid == 0:
    signal.signal(signal.SIGTERM, al_terminar)
    while True:
        time.sleep(1)
time.sleep(0.2)
signal.signal(signal.SIGCHLD, signal.SIG_DFL)
os.kill(pid, signal.SIGTERM)
_, status = os.waitpid(pid, 0)
print('estado', os.WEXITSTATUS(status))
