datos = [1, 5, 12, 7]
if (n := len(datos)) > 3:
    print("largo", n)
print([y for x in datos if (y := x * 2) > 10])
print(type(...).__name__, 0 or [] or "último", 1 and 2 and 3)
a = b = c = 7
print(a, b, c)
x = [1, 2]
y = x
y.append(3)
print(x is y, x == [1, 2, 3], x is not [1, 2, 3])
