try:
    {}["x"]
except KeyError:
    raise ValueError("no encontrado")
