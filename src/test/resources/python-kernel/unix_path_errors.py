import os, socket

path = '/tmp/enchufe_prueba_%d.sock' % os.getpid()
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
try:
    s.connect('/tmp/no_existe_enchufe.sock')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.strerror)
s.bind(path)
print(os.path.exists(path))
t = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
try:
    t.bind(path)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
s.close()
t.close()
print(os.path.exists(path))
os.unlink(path)
print(os.path.exists(path))
