alumnos = [("Ana", 8.5), ("Luis", 6.0), ("Eva", 9.2), ("Bo", 6.0)]
print(sorted(alumnos, key=lambda a: a[1]))
print(sorted(alumnos, key=lambda a: (-a[1], a[0])))
print(max(alumnos, key=lambda a: a[1])[0], min(alumnos, key=lambda a: a[1]))
alumnos.sort(key=lambda a: a[0], reverse=True)
print(alumnos)
