# A blocked signal stays pending; unblocking it runs its handler at once, before the next line.
import signal

def manejador(signum, frame):
    print('manejador de', signal.Signals(signum).name)

signal.signal(signal.SIGUSR1, manejador)
signal.signal(signal.SIGUSR2, manejador)
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1, signal.SIGUSR2])
signal.raise_signal(signal.SIGUSR2)
signal.raise_signal(signal.SIGUSR1)
print('bloqueadas, pendientes:', sorted(signal.sigpending()))
old = signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1])
print('máscara anterior:', sorted(old))
print('sigue pendiente:', signal.sigpending())
old = signal.pthread_sigmask(signal.SIG_SETMASK, [])
print('máscara anterior:', old)
print('nada pendiente:', signal.sigpending())
print('SIGKILL no se bloquea:', signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGKILL, signal.SIGTERM]))
print(signal.pthread_sigmask(signal.SIG_SETMASK, []))
