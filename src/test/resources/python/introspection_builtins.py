# dir(), globals(), locals() and vars() without arguments see the caller's namespaces (issue 21).
import struct

HOST = "127.0.0.1"


def public(names):
    return [n for n in names if not n.startswith("__")]


print(public(dir()))
print(sorted(public(globals())))
print(globals() is globals(), locals() is globals())
print(globals()["HOST"], type(globals()).__name__)
globals()["PORT"] = 7
print(PORT)


def handler(conn, addr=None, *rest, flag=True, **options):
    size = 1024
    data = b"x"
    print(dir())
    print(locals())
    print(vars() == locals())
    local_copy = locals()
    local_copy["size"] = 0
    print(size)
    del data
    print(sorted(locals()))


handler("c", ("a", 1), 2, 3, extra=4)


def outer():
    count = 0
    unused_later = "u"

    def inner():
        nonlocal count
        count += 1
        print(sorted(locals().items()))
        return dir()

    print(inner())
    print(sorted(locals()))
    return inner


outer()


class Server:
    backlog = 5
    print(sorted(public(locals())), sorted(public(dir())))

    def method(self):
        print(sorted(locals()), self.backlog)


Server().method()
print([sorted(locals()) for _ in range(1)] if False else sorted(public(locals()))[:3])


def gen():
    a = 1
    yield sorted(locals())
    b = 2
    yield sorted(locals())


print(list(gen()))
for bad in (lambda: globals(1), lambda: locals(zz=1), lambda: dir(1, 2), lambda: vars(1, 2)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
