def busca(lista, objetivo):
    i = 0
    while i < len(lista):
        if lista[i] == objetivo:
            print("encontrado en", i)
            break
        i += 1
    else:
        print("no está")
busca([1, 2, 3], 2)
busca([1, 2, 3], 9)
for n in range(2, 12):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "es primo")
