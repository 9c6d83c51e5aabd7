# A periodic ITIMER_REAL: SIGALRM every 0.5 s, pause() returning after each handler.
import signal

ticks = []

def tic(signum, frame):
    ticks.append(signum)
    print('tic', len(ticks))

signal.signal(signal.SIGALRM, tic)
print('antes:', signal.getitimer(signal.ITIMER_REAL))
print('anterior:', signal.setitimer(signal.ITIMER_REAL, 0.5, 0.5))
while len(ticks) < 3:
    signal.pause()
delay, interval = signal.setitimer(signal.ITIMER_REAL, 0)
print('seguía armado:', 0 < delay <= 0.5, interval)
print('después:', signal.getitimer(signal.ITIMER_REAL))
print('todas SIGALRM:', all(t == signal.SIGALRM for t in ticks))
