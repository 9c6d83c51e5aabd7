import errno, socket

a = socket.socket()
a.bind(('127.0.0.1', 5203))
b = socket.socket()
try:
    b.bind(('127.0.0.1', 5203))
except OSError as e:
    print(type(e).__name__, e.errno, errno.errorcode[e.errno], e.strerror)
try:
    a.bind(('127.0.0.1', 5204))
except OSError as e:
    print(type(e).__name__, e.errno, e)
try:
    b.bind(('10.99.0.1', 5205))
except OSError as e:
    print(e.errno, errno.errorcode[e.errno])
try:
    b.bind(('127.0.0.1', 70000))
except OverflowError as e:
    print('OverflowError', e)
try:
    b.bind(('127.0.0.1',))
except TypeError as e:
    print('TypeError', e)
try:
    b.bind('127.0.0.1')
except TypeError as e:
    print('TypeError', e)
b.bind(('', 0))
print(b.getsockname()[0], 32768 <= b.getsockname()[1] <= 60999)
a.close()
b.close()
