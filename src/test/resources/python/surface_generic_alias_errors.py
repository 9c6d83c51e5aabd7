# A hint is no class: the errors a student meets when using one as if it were.
def probar(etiqueta, accion):
    try:
        print(etiqueta, accion())
    except (TypeError, AttributeError) as e:
        print(etiqueta, type(e).__name__ + ":", e)


probar("isinstance", lambda: isinstance([1], list[int]))
probar("isinstance tupla", lambda: isinstance(3, (int, list[int])))
probar("isinstance tupla 2", lambda: isinstance("x", (int, list[int])))
probar("issubclass", lambda: issubclass(list, list[int]))
probar("issubclass tupla", lambda: issubclass(bool, (int, dict[str, int])))
probar("subindice", lambda: list[int][str])
probar("subindice 2", lambda: dict[str, int][int])
probar("int", lambda: int[str])
probar("str", lambda: str[0])
probar("bytes", lambda: bytes[0])
probar("sin argumento", lambda: list.__class_getitem__())
probar("dos argumentos", lambda: dict.__class_getitem__(str, int))
probar("palabra clave", lambda: set.__class_getitem__(item=int))
probar("atributo", lambda: list[int].no_existe)
probar("GenericAlias", lambda: type(list[int])(list))
probar("GenericAlias kw", lambda: type(list[int])(list, int, x=1))
probar("llamada", lambda: tuple[int](5))


def validar(mensaje: dict[str, bytes]) -> bool:
    return isinstance(mensaje, dict[str, bytes])


validar({"a": b"x"})
