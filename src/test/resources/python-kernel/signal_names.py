import signal

for name in ("SIGHUP", "SIGABRT", "SIGIOT", "SIGCLD", "SIGPOLL", "SIGSTOP", "SIGCONT", "SIGWINCH", "SIGRTMIN", "SIGRTMAX"):
    value = getattr(signal, name)
    print(name, int(value), repr(value))
print(signal.NSIG, signal.SIG_BLOCK, repr(signal.SIG_SETMASK), signal.ITIMER_REAL, signal.ITIMER_PROF)
for n in (1, 2, 9, 15, 17, 19, 31, 32, 34, 64):
    print(n, signal.strsignal(n))
for bad in (0, 65, -1):
    try:
        signal.strsignal(bad)
    except ValueError as e:
        print(bad, e)
valid = signal.valid_signals()
print(len(valid), 32 in valid, signal.SIGINT in valid, 64 in valid)
print(sorted(valid)[:3], sorted(valid)[-3:])
print(signal.SIGCHLD is signal.SIGCLD, signal.SIGABRT == signal.SIGIOT)
