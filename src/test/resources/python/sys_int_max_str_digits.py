# The 4300-digit limit on int <-> str, which a program may change (or lift with 0).
import sys

print(sys.get_int_max_str_digits())
big = 10 ** 5000


def attempt(label, action):
    try:
        print(label, "->", action())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("str(10**5000)", lambda: len(str(big)))
attempt("int('1' * 5000)", lambda: int("1" * 5000) > 0)
print(sys.set_int_max_str_digits(6000), sys.get_int_max_str_digits())
print(len(str(big)), len(repr(big)), len(f"{big}"), len("%d" % big), int("7" * 5500) % 10)
print(sys.flags.int_max_str_digits)
sys.set_int_max_str_digits(maxdigits=700)
attempt("str(10**800)", lambda: str(10 ** 800))
attempt("int('1' * 800)", lambda: int("1" * 800))
print(len(str(10 ** 699)), len(hex(10 ** 800)), int("f" * 800, 16) > 0)
sys.set_int_max_str_digits(0)
print(sys.get_int_max_str_digits(), len(str(10 ** 20000)))
for value in (100, -1, 639, 640, 641, "x", 1.5, True):
    attempt("set_int_max_str_digits(%r)" % (value,), lambda: (sys.set_int_max_str_digits(value), sys.get_int_max_str_digits()))
attempt("set_int_max_str_digits()", lambda: sys.set_int_max_str_digits())
attempt("get_int_max_str_digits(1)", lambda: sys.get_int_max_str_digits(1))
