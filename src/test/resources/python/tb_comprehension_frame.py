def procesar(datos):
    return {k: 1 / v for k, v in datos.items()}
procesar({"a": 1, "b": 0})
