# os.environ belongs to the process: a forked child gets a copy and changes only its own.
import os
os.environ['CURSO'] = 'redes'
print('antes:', os.environ['CURSO'], os.getenv('CURSO'), os.getenvb(b'CURSO'), os.environb[b'CURSO'])
pid = os.fork()
if pid == 0:
    print('hijo hereda:', os.environ.get('CURSO'))
    os.environ['CURSO'] = 'sistemas'
    del os.environ['CURSO']
    os.environ['SOLO_HIJO'] = '1'
    print('hijo cambia:', os.getenv('CURSO', 'sin CURSO'), 'SOLO_HIJO' in os.environ)
    os._exit(0)
os.waitpid(pid, 0)
print('padre sigue:', os.environ['CURSO'], 'SOLO_HIJO' in os.environ)
print('pop:', os.environ.pop('CURSO'), os.getenv('CURSO'), os.environ.setdefault('PUERTO', '8080'))
os.putenv('SOLO_C', 'x')
print('putenv no toca environ:', 'SOLO_C' in os.environ)
os.unsetenv('SOLO_C')
print(type(os.environ).__name__, isinstance(os.environ['PUERTO'], str), repr(os.environ).startswith('environ({'))
for text, call in [
    ("environ['NO_EXISTE']", lambda: os.environ['NO_EXISTE']),
    ("environ['A'] = 1", lambda: os.environ.__setitem__('A', 1)),
    ("environ['A=B'] = 'x'", lambda: os.environ.__setitem__('A=B', 'x')),
    ("environ[''] = 'x'", lambda: os.environ.__setitem__('', 'x')),
    ('getenv(1)', lambda: os.getenv(1)),
    ("getenvb('x')", lambda: os.getenvb('x')),
    ("environb[b'a'] = 'b'", lambda: os.environb.__setitem__(b'a', 'b')),
    ("putenv('A', 1)", lambda: os.putenv('A', 1)),
    ("putenv('A=B', 'c')", lambda: os.putenv('A=B', 'c')),
    ("unsetenv('A=B')", lambda: os.unsetenv('A=B')),
]:
    try:
        print(text, '->', call())
    except Exception as e:
        print(text, '->', type(e).__name__, e)
