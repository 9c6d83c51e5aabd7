def primos(n):
    criba = [True] * (n + 1)
    criba[0] = criba[1] = False
    i = 2
    while i * i <= n:
        if criba[i]:
            for j in range(i * i, n + 1, i):
                criba[j] = False
        i += 1
    return [k for k, es in enumerate(criba) if es]
print(primos(50))
def mcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(mcd(48, 18), mcd(17, 5))
def burbuja(v):
    v = list(v)
    for i in range(len(v)):
        for j in range(len(v) - 1 - i):
            if v[j] > v[j + 1]:
                v[j], v[j + 1] = v[j + 1], v[j]
    return v
print(burbuja([5, 2, 9, 1, 5, 6]))
