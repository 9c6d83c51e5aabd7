def divide(a, b):
    try:
        r = a / b
    except ZeroDivisionError as e:
        print("error:", e)
        return None
    else:
        print("ok")
        return r
    finally:
        print("finally")
print(divide(1, 2), divide(1, 0))
try:
    int("abc")
except (TypeError, ValueError) as e:
    print(type(e).__name__, e, e.args)
try:
    [][1]
except LookupError as e:
    print("lookup", e)
try:
    {}["k"]
except KeyError as e:
    print("key", e, repr(e), str(e))
try:
    raise RuntimeError("uno", 2)
except Exception as e:
    print(e, e.args, repr(e))
class MiError(Exception):
    pass
class OtroError(MiError):
    def __init__(self, codigo):
        super().__init__(f"código {codigo}")
        self.codigo = codigo
try:
    raise OtroError(7)
except MiError as e:
    print("mío", e, e.codigo, isinstance(e, Exception), repr(e))
def nested():
    try:
        try:
            raise ValueError("interno")
        finally:
            print("limpieza")
    except ValueError:
        print("atrapado")
        raise
try:
    nested()
except ValueError as e:
    print("de nuevo", e)
for i in range(3):
    try:
        if i == 1:
            continue
        print("cuerpo", i)
    finally:
        print("fin", i)
def ret():
    try:
        return "try"
    finally:
        print("antes de volver")
print(ret())
