class Vacio(Exception):
    pass
raise Vacio()
