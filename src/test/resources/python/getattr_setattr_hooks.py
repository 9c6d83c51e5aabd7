class Config:
    def __init__(self):
        object.__setattr__(self, "datos", {}) if False else None
        self.__dict__["datos"] = {"puerto": 5000}
    def __getattr__(self, nombre):
        if nombre in self.datos:
            return self.datos[nombre]
        raise AttributeError(f"no hay {nombre}")
c = Config()
print(c.puerto)
try:
    c.host
except AttributeError as e:
    print("AttributeError:", e)
class Registro:
    def __setattr__(self, k, v):
        print("set", k, v)
        self.__dict__[k] = v
r = Registro()
r.a = 1
print(r.a, vars(r))
