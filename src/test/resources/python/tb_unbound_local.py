total = 0
def sumar():
    total += 1
sumar()
