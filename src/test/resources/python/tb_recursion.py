def infinita(n):
    return infinita(n + 1)
infinita(0)
