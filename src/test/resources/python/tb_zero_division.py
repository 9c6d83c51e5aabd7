def dividir(a, b):
    return a / b
def calcular():
    x = 10
    return dividir(x, 0)
print("empieza")
calcular()
