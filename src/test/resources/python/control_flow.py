for i in range(3):
    if i == 0:
        print("cero")
    elif i == 1:
        print("uno")
    else:
        print("otro")
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    if n == 4:
        break
    print("n", n)
else:
    print("no se ve")
for x in []:
    pass
else:
    print("for-else")
i = 0
while i < 2:
    i += 1
else:
    print("while-else", i)
print("sí" if n > 3 else "no", not n, n and 0, n or 0, None or "defecto")
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 != 6, x is not None)
