import os, socket

s = socket.socket()
for target in (s, s.fileno()):
    try:
        os.fsync(target)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
r, w = os.pipe()
try:
    os.fsync(w)
except OSError as e:
    print('pipe', type(e).__name__, e.errno, e.strerror)
for bad in (999, 'x', -1):
    try:
        os.fsync(bad)
    except (OSError, TypeError, ValueError) as e:
        print(repr(bad), type(e).__name__, e)
s.close()
try:
    os.fsync(s)
except (OSError, ValueError) as e:
    print('closed', type(e).__name__, e)
