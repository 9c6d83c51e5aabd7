# The types module as a course program uses it: SimpleNamespace for a configuration, MethodType
# to bind a handler, the builtin types' names for checks.
import types

config = types.SimpleNamespace(host="127.0.0.1", puerto=8000, backlog=5)
print(config, config.host, config.puerto)
config.puerto += 1
config.timeout = 2.5
del config.backlog
print(config, vars(config), config.__dict__ is vars(config))
print(config == types.SimpleNamespace(host="127.0.0.1", puerto=8001, timeout=2.5), config != types.SimpleNamespace())
print(types.SimpleNamespace(), types.SimpleNamespace(**{"a": 1}), repr(types.SimpleNamespace(x=types.SimpleNamespace(y=[1]))))
anidado = types.SimpleNamespace(nombre="yo")
anidado.yo = [anidado]
print(anidado, sorted(n for n in dir(config) if not n.startswith("_")))
print(type(config), type(config).__name__, isinstance(config, types.SimpleNamespace))

for malo in (lambda: types.SimpleNamespace(1), lambda: config.nada, lambda: hash(config)):
    try:
        malo()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
try:
    del config.nada
except AttributeError as e:
    print("AttributeError:", e)


class Servidor:
    def __init__(self, nombre):
        self.nombre = nombre


def atender(self, peticion):
    return f"{self.nombre} atiende {peticion}"


s = Servidor("eco")
s.atender = types.MethodType(atender, s)
print(s.atender("GET /"), s.atender.__self__ is s, s.atender.__func__ is atender)
for malo in (lambda: types.MethodType(1, s), lambda: types.MethodType(atender, None),
             lambda: types.MethodType(atender), lambda: types.MethodType(atender, s, x=1)):
    try:
        malo()
    except TypeError as e:
        print("TypeError:", e)

modulo = types.ModuleType("ajustes", "Ajustes del laboratorio")
modulo.PUERTO = 9000
print(modulo, modulo.__name__, modulo.__doc__, modulo.PUERTO, isinstance(types, types.ModuleType))

print(types.FunctionType, types.LambdaType, types.BuiltinFunctionType, types.BuiltinMethodType, types.MethodType)
print(types.ModuleType, types.GeneratorType, types.NoneType, types.EllipsisType, types.NotImplementedType)
print(types.CodeType, types.CellType, types.MethodDescriptorType, types.GenericAlias)
print(isinstance(atender, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(len, types.BuiltinFunctionType))
print(isinstance((x for x in ()), types.GeneratorType), isinstance(None, types.NoneType), type(...) is types.EllipsisType)
print(isinstance(str.join, types.MethodDescriptorType), isinstance(s.atender, types.MethodType), types.GenericAlias(list, int))
