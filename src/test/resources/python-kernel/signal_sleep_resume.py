import os, signal, time

def h(signum, frame):
    print('manejador', signum)

signal.signal(signal.SIGUSR1, h)
if os.fork() == 0:
    time.sleep(0.3)
    os.kill(os.getppid(), signal.SIGUSR1)
    os._exit(0)
t0 = time.monotonic()
time.sleep(1)
dt = time.monotonic() - t0
print('durmió entre 1 y 1.25 s:', 1.0 <= dt < 1.25)
os.wait()
