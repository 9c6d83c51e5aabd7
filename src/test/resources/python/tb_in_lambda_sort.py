datos = [3, "a", 1]
print(sorted(datos))
