# BaseException.add_note and __notes__ as a program uses them, and the errors it can meet.
class ErrorDeProtocolo(Exception):
    pass


def leer_cabecera(datos):
    try:
        longitud = int(datos[:4])
    except ValueError as e:
        e.add_note(f"cabecera recibida: {datos[:4]!r}")
        raise ErrorDeProtocolo("cabecera inválida") from e
    return longitud


for datos in (b"0005hola!", b"xx05hola!"):
    try:
        print(leer_cabecera(datos))
    except ErrorDeProtocolo as e:
        print(e, "causa:", repr(e.__cause__), e.__cause__.__notes__)

e = OSError(98, "Address already in use")
print(hasattr(e, "__notes__"), "__notes__" in dir(e), "add_note" in dir(e), "add_note" in dir(OSError))
e.add_note("puerto 8080")
e.add_note("prueba con SO_REUSEADDR")
print(e.__notes__, type(e.__notes__), e.errno, e.strerror, str(e))
e.__notes__.append("añadida a mano")
print(e.__notes__)
print(BaseException.add_note, OSError.add_note is BaseException.add_note)

for malo in (3, b"bytes", None, ["lista"]):
    try:
        e.add_note(malo)
    except TypeError as t:
        print("TypeError:", t)

for llamada in (lambda: e.add_note(), lambda: e.add_note("a", "b"), lambda: e.add_note(note="a")):
    try:
        llamada()
    except TypeError as t:
        print("TypeError:", t)

otra = ValueError("x")
otra.__notes__ = ("tupla",)
try:
    otra.add_note("más")
except TypeError as t:
    print("TypeError:", t, otra.__notes__)
del otra.__notes__
otra.add_note("de nuevo")
print(otra.__notes__)


class ConNotas(Exception):
    def __init__(self, mensaje, *notas):
        super().__init__(mensaje)
        for nota in notas:
            self.add_note(nota)


c = ConNotas("fallo", "uno", "dos")
print(c, c.args, c.__notes__)
