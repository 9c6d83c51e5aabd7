# pipe2() flags: O_NONBLOCK makes a read of an empty pipe EAGAIN; O_CLOEXEC leaves it non-inheritable.
import os
r, w = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
print('bloqueante:', os.get_blocking(r), os.get_blocking(w), 'heredable:', os.get_inheritable(r))
try:
    os.read(r, 10)
except BlockingIOError as e:
    print('lectura vacía:', type(e).__name__, e.errno, e)
os.write(w, b'hola')
print(os.read(r, 10))
r2, w2 = os.pipe2(0)
print('pipe2(0):', os.get_blocking(r2), os.get_inheritable(r2))
os.set_blocking(r2, False)
os.set_inheritable(r2, False)
print('cambiados:', os.get_blocking(r2), os.get_inheritable(r2))
r3, w3 = os.pipe()
print('pipe():', os.get_blocking(r3), os.get_inheritable(r3), 'consola:', os.get_inheritable(1))
d = os.dup(r3)
print('dup no hereda:', os.get_inheritable(d), 'dup2 sí:', os.get_inheritable(os.dup2(r3, 20)))
os.set_blocking(r3, False)
print('la copia comparte O_NONBLOCK:', os.get_blocking(d))
for text, call in [('pipe2(-1)', lambda: os.pipe2(-1)), ('get_blocking(99)', lambda: os.get_blocking(99)),
                   ('set_inheritable(99, True)', lambda: os.set_inheritable(99, True)),
                   ('get_inheritable(99)', lambda: os.get_inheritable(99))]:
    try:
        print(text, '->', call())
    except Exception as e:
        print(text, '->', type(e).__name__, e)
