import sys
def profundidad(n):
    return 0 if n == 0 else 1 + profundidad(n - 1)
print(profundidad(900))
try:
    profundidad(5000)
except RecursionError as e:
    print("RecursionError:", e)
