datos = [("b", 2), ("a", 2), ("c", 1), ("d", 1), ("e", 3)]
print(sorted(datos, key=lambda x: x[1]))
print(sorted(datos, key=lambda x: x[1], reverse=True))
datos.sort(key=lambda x: x[0], reverse=True)
print(datos)
print(sorted([3, 1, 2, 3, 1], reverse=True), sorted("Hola Mundo"), sorted([[2, 1], [1, 2], [1]]))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
