def comprobar(x):
    assert x == 1
comprobar(2)
