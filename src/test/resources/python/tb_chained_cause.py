def leer():
    try:
        return int("x")
    except ValueError as e:
        raise RuntimeError("configuración inválida") from e
leer()
