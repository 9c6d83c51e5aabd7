# What an alias is made of, how it compares and hashes, and classes built on one.
import re

alias = dict[str, list[int]]
print(alias.__origin__, alias.__args__, alias.__parameters__)
print(alias.__args__[1].__origin__, alias.__args__[1].__args__)
print(list[int] == list[int], list[int] == list[str], list[int] != list[int], list[int] == list)
print(list[int] is list[int], hash(list[int]) == hash(list[int]), len({list[int], list[int], set[int]}))
tipos = {list[int]: "lista", dict[str, int]: "diccionario"}
print(tipos[list[int]], tipos.get(dict[str, int]), tipos.get(dict[int, int]))
print(list.__class_getitem__(int), tuple.__class_getitem__((str, int)), [].__class_getitem__(str))
print(list[int].__name__, list[int].__qualname__, list[int].__module__, list[int].append)
print(list[int].__mro_entries__((list[int],)), type(list[int])(list, int), type(list[int])(dict, (str, int)))
print(re.Pattern, re.Match, enumerate[str], enumerate.__class_getitem__(int).__origin__)


class Cola(list[int]):
    def primero(self):
        return self[0] if self else None


print(Cola.__mro__, Cola.__orig_bases__, Cola.__bases__, Cola.primero.__qualname__)


class Nodo:
    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


class Hoja(Nodo[str]):
    pass


print(Nodo[str], Hoja.__mro__, Hoja.__orig_bases__, type(Hoja()).__name__, Nodo[int]().__orig_class__)


class Caja:
    def __class_getitem__(cls, item):
        return f"{cls.__name__} de {item.__name__}"


print(Caja[int], Caja[str])


class Tabla:
    @classmethod
    def __class_getitem__(cls, clave):
        return (cls.__name__, clave)


print(Tabla["k"], Tabla[1, 2])
