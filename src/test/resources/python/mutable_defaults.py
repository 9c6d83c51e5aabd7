def agregar(x, lista=[]):
    lista.append(x)
    return lista
print(agregar(1), agregar(2), agregar(3, []))
def bien(x, lista=None):
    if lista is None:
        lista = []
    lista.append(x)
    return lista
print(bien(1), bien(2))
