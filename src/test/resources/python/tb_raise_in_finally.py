def f():
    try:
        raise ValueError("primero")
    finally:
        print("limpiando")
f()
