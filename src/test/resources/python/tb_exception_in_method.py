class Servidor:
    def __init__(self, puerto):
        self.puerto = puerto
    def validar(self):
        if self.puerto < 1024:
            raise PermissionError(13, "Permission denied")
    def arrancar(self):
        self.validar()
        print("arrancado")
Servidor(8080).arrancar()
Servidor(80).arrancar()
