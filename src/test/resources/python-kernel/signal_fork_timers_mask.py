# fork() keeps the signal mask but not the timers or the pending signals, as Linux does.
import os, signal
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
signal.raise_signal(signal.SIGUSR1)
signal.setitimer(signal.ITIMER_REAL, 30)
pid = os.fork()
if pid == 0:
    print('hijo: temporizador', signal.getitimer(signal.ITIMER_REAL), 'alarma', signal.alarm(0))
    print('hijo: máscara', signal.pthread_sigmask(signal.SIG_BLOCK, []), 'pendientes', signal.sigpending())
    os._exit(0)
os.waitpid(pid, 0)
print('padre: pendientes', signal.sigpending(), 'alarma armada', 0 < signal.getitimer(signal.ITIMER_REAL)[0] <= 30)
print('padre: alarma anterior', signal.alarm(0))
