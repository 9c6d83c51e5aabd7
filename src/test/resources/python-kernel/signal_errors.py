# The errors of the signal module's timers, masks and waits, as CPython raises them.
import signal, threading
tests = [
    ('alarm(1.5)', lambda: signal.alarm(1.5)),
    ('setitimer(5, 1)', lambda: signal.setitimer(5, 1)),
    ('setitimer(REAL, -1)', lambda: signal.setitimer(signal.ITIMER_REAL, -1)),
    ("setitimer(REAL, 'x')", lambda: signal.setitimer(signal.ITIMER_REAL, 'x')),
    ('getitimer(9)', lambda: signal.getitimer(9)),
    ('raise_signal(0)', lambda: signal.raise_signal(0)),
    ('raise_signal(99)', lambda: signal.raise_signal(99)),
    ('raise_signal(32)', lambda: signal.raise_signal(32)),
    ('sigwait([99])', lambda: signal.sigwait([99])),
    ('sigwait([0])', lambda: signal.sigwait([0])),
    ('sigwait(5)', lambda: signal.sigwait(5)),
    ('pthread_sigmask(7, [])', lambda: signal.pthread_sigmask(7, [])),
    ("pthread_sigmask(0, ['a'])", lambda: signal.pthread_sigmask(0, ['a'])),
    ('siginterrupt(0, True)', lambda: signal.siginterrupt(0, True)),
    ('siginterrupt(SIGKILL, True)', lambda: signal.siginterrupt(signal.SIGKILL, True)),
    ('sigtimedwait([], -1)', lambda: signal.sigtimedwait([], -1)),
    ("sigtimedwait([10], 'a')", lambda: signal.sigtimedwait([10], 'a')),
    ('pthread_kill(me, 99)', lambda: signal.pthread_kill(threading.get_ident(), 99)),
]
for text, call in tests:
    try:
        print(text, '->', call())
    except Exception as e:
        print(text, '->', type(e).__name__, e)
try:
    signal.setitimer(7, 1)
except signal.ItimerError as e:
    print('ItimerError es OSError:', isinstance(e, OSError), e.errno, e.strerror)
print(signal.ItimerError.__name__, signal.ItimerError is signal.ItimerError)
print(signal.siginterrupt(signal.SIGUSR1, False))
print(signal.struct_siginfo((1, 2, 3, 4, 5, 6, 7)))
print(signal.alarm(0), signal.getitimer(signal.ITIMER_VIRTUAL), signal.getitimer(signal.ITIMER_PROF))
