# X | Y hints (3.10+): int | None, str | bytes, as a course program checks arguments with them.
import types

Dato = str | bytes
Puerto = int | None


def normalizar(dato: Dato, puerto: Puerto = None) -> bytes:
    if not isinstance(dato, Dato):
        raise TypeError(f"se esperaba {Dato}, no {type(dato).__name__}")
    if isinstance(puerto, int | None) and puerto is not None and not 0 <= puerto <= 65535:
        raise ValueError("puerto fuera de rango")
    return dato.encode() if isinstance(dato, str) else dato


print(normalizar("hola"), normalizar(b"adios", 80))
try:
    normalizar(3)
except TypeError as e:
    print("TypeError:", e)

print(Dato, Puerto, type(Dato), type(Dato) is types.UnionType, Dato.__args__, Puerto.__args__, Dato.__parameters__)
print(int | str == str | int, int | str == int | float, hash(int | str) == hash(str | int), int | int, None | int)
print(list[int] | None, int | list[str], (int | str) | float, int | (str | float), int | str | int, dict[str, int | None])
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(2.5, int | str), isinstance(True, (str, int | None)))
print(issubclass(bool, int | str), issubclass(float, int | str), {int | str: "texto o número"}[str | int])
for malo in (lambda: int | 3, lambda: "a" | int, lambda: None | None, lambda: isinstance([], list[int] | None),
             lambda: issubclass(list, list[int] | None)):
    try:
        print(malo())
    except TypeError as e:
        print("TypeError:", e)
