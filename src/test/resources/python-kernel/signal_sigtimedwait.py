# sigtimedwait(): None when the time is up, the signal's siginfo when one is pending.
import os, signal
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR2, signal.SIGTERM])
print('sin señal:', signal.sigtimedwait([signal.SIGUSR2], 0.5))
print('sin esperar:', signal.sigtimedwait([signal.SIGUSR2], 0))
signal.raise_signal(signal.SIGUSR2)
info = signal.sigtimedwait([signal.SIGUSR2], 1)
print('con señal:', info.si_signo, info.si_code, info.si_pid == os.getpid())
os.kill(os.getpid(), signal.SIGTERM)
info = signal.sigtimedwait([signal.SIGTERM, signal.SIGUSR2], 5)
print('por kill:', info.si_signo, info.si_code)

import threading
signal.pthread_kill(threading.get_ident(), signal.SIGUSR2)
print('pthread_kill:', signal.sigwait([signal.SIGUSR2]))
