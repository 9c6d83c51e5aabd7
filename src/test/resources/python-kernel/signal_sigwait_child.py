# sigwait() and sigwaitinfo(): a blocked signal a child sends waits until the parent takes it.
import os, signal, time

print('máscara anterior:', signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1, signal.SIGUSR2]))
pid = os.fork()
if pid == 0:
    time.sleep(0.5)
    os.kill(os.getppid(), signal.SIGUSR1)
    time.sleep(0.5)
    os.kill(os.getppid(), signal.SIGUSR2)
    os._exit(0)
print('sigwait:', signal.sigwait([signal.SIGUSR1]))
info = signal.sigwaitinfo({signal.SIGUSR2})
print('sigwaitinfo:', type(info).__name__, info.si_signo, info.si_code, info.si_pid == pid, info.si_errno)
print('por índice:', info[0], len(info))
os.waitpid(pid, 0)
print('pendientes:', signal.sigpending())
