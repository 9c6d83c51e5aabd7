import socket

s = socket.socket()
try:
    s.accept()
except OSError as e:
    print(type(e).__name__, e.errno, e)
s.bind(('127.0.0.1', 5206))
try:
    s.accept()
except OSError as e:
    print(type(e).__name__, e.errno, e)
s.listen(1)
s.settimeout(0.1)
try:
    s.accept()
except socket.timeout as e:
    print('timeout', e)
s.setblocking(False)
try:
    s.accept()
except BlockingIOError as e:
    print('BlockingIOError', e.errno, e)
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for call in (lambda: u.listen(), lambda: u.accept()):
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e.errno, e)
s.close()
u.close()
