def f():
    for i in range(5):
        try:
            if i == 2:
                break
        finally:
            print("finally", i)
    return i
print(f())
def g():
    try:
        raise ValueError("x")
    except ValueError:
        return "desde except"
    finally:
        print("g finally")
print(g())
def h():
    try:
        return 1
    finally:
        return 2
print(h())
def k():
    while True:
        try:
            try:
                raise KeyError("a")
            except KeyError:
                continue
            finally:
                print("interno")
        finally:
            print("externo")
            break
    return "fin"
print(k())
