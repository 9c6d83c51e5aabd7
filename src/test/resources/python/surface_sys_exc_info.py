# sys.exc_info() and 3.11's sys.exception(): the exception being handled, innermost first.
import sys

print(sys.exc_info(), sys.exception())
try:
    1 / 0
except ZeroDivisionError:
    kind, value, _ = sys.exc_info()
    print(kind, value, type(value) is kind, sys.exception() is value)
    try:
        {}["k"]
    except KeyError as inner:
        print(sys.exc_info()[1] is inner, repr(sys.exception()))
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())


def handler():
    try:
        raise ValueError("deep")
    except ValueError:
        return report()


def report():
    return "reporting " + repr(sys.exc_info()[1])


print(handler())
try:
    raise OSError(2, "No such file")
except OSError:
    print(sys.exception().errno, sys.exc_info()[0].__name__)
finally:
    print(sys.exception())
