# What a closed makefile() file says to each call, per kind of file: io's ValueErrors, each in
# its own words, and the calls that still answer.
import socket

a, b = socket.socketpair()
calls = [
    ("read", lambda f: f.read()),
    ("readline", lambda f: f.readline()),
    ("readlines", lambda f: f.readlines()),
    ("next", lambda f: next(f)),
    ("iter", lambda f: iter(f)),
    ("write", lambda f: f.write(b"x" if "b" in f_mode else "x")),
    ("writelines", lambda f: f.writelines([])),
    ("flush", lambda f: f.flush()),
    ("fileno", lambda f: f.fileno()),
    ("readable", lambda f: f.readable()),
    ("writable", lambda f: f.writable()),
    ("seekable", lambda f: f.seekable()),
    ("isatty", lambda f: f.isatty()),
    ("with", lambda f: f.__enter__()),
    ("closed", lambda f: f.closed),
    ("close", lambda f: f.close()),
    ("__del__", lambda f: f.__del__()),
]
for f_mode in ("rb", "wb", "rwb", "r", "w"):
    f = a.makefile(f_mode)
    f.close()
    print("--", f_mode, f if "rwb" != f_mode else type(f).__name__)
    for name, call in calls:
        try:
            print("  ", name, "->", call(f))
        except (ValueError, OSError) as e:
            print("  ", name, "->", type(e).__name__, e)
print(a.fileno() > 0)
a.close()
b.close()
