# __notes__ set by hand: any sequence is printed item by item (str of each), anything else by repr.
class NotaRara:
    def __str__(self):
        return "nota de un objeto"


class NotaRota:
    def __str__(self):
        raise RuntimeError("no")


for notas in (("tupla", 1, NotaRara()), 42, ["rota", NotaRota()]):
    e = ValueError("con notas raras")
    e.__notes__ = notas
    try:
        raise e
    except ValueError as capturada:
        print(type(capturada.__notes__).__name__, len(str(capturada.__notes__)) > 0)

e = KeyError("clave")
e.__notes__ = ["primera", NotaRara(), 7, NotaRota(), "última\ncon dos líneas"]
raise e
