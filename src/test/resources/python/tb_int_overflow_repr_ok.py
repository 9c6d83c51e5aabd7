x = 2 ** 1000
print(len(str(x)), x % 1000)
print(1 / 0.0)
