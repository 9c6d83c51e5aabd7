class ErrorDeProtocolo(Exception):
    pass
def procesar(mensaje):
    if not mensaje.startswith("HOLA"):
        raise ErrorDeProtocolo(f"mensaje inesperado: {mensaje!r}")
procesar("ADIOS")
