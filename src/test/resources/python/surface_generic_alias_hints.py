# Type hints as the course's solutions write them: list[str], dict[str, tuple[str, int]]...
Direccion = tuple[str, int]
Clientes = dict[str, Direccion]


def parsear(linea: str) -> Direccion:
    host, puerto = linea.split(":")
    return host, int(puerto)


def agrupar(lineas: list[str]) -> Clientes:
    clientes: Clientes = dict[str, Direccion]()
    for n, linea in enumerate(lineas):
        clientes[f"c{n}"] = parsear(linea)
    return clientes


class Registro:
    vistos: set[str]

    def __init__(self) -> None:
        self.vistos = set[str]()
        self.pendientes: list[bytes] = list[bytes]()

    def anotar(self, quien: str, datos: bytes) -> frozenset[str]:
        self.vistos.add(quien)
        self.pendientes.append(datos)
        return frozenset[str](self.vistos)


print(agrupar(["127.0.0.1:8000", "localhost:9000"]))
r = Registro()
print(sorted(r.anotar("ana", b"hola")), r.pendientes)
print(Direccion, Clientes)
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], set[frozenset[str]])
print(type[int], type[Registro], list[Registro], dict[str, "Registro"], list[None], list[1, "x"])
print(repr(list[int]), str(dict[str, int]), f"{set[bytes]}")
print(list[int]("abc"), tuple[int, int]([1, 2]), dict[str, int](a=1, b=2), set[int]([3, 3, 1]))
print(type(list[int]), list[int].__class__, type(list[int]).__name__, type(list[int]).__module__)
