def gen():
    yield 1
    raise ValueError("desde el generador")
for x in gen():
    print(x)
