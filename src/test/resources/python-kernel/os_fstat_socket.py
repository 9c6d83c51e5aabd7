# fstat() tells a socket (S_IFSOCK) from a pipe (S_IFIFO); a dup of it is the same file.
import os, socket
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
st = os.fstat(s.fileno())
print(type(st).__name__, len(st), oct(st.st_mode & 0o170000), oct(st.st_mode & 0o777), st.st_size, st.st_nlink)
print('es socket:', st.st_mode & 0o170000 == 0o140000, st[0] == st.st_mode)
copia = os.dup(s.fileno())
print('mismo inodo:', os.fstat(copia).st_ino == st.st_ino)
r, w = os.pipe()
st = os.fstat(r)
print('tubería:', oct(st.st_mode & 0o170000), oct(st.st_mode & 0o777))
print('stdout:', oct(os.fstat(1).st_mode & 0o170000))
for fd in (99, copia):
    os.close(copia) if fd == copia else None
    try:
        os.fstat(fd)
    except OSError as e:
        print('fstat', fd if fd == 99 else 'cerrado', '->', type(e).__name__, e)
s.close()
