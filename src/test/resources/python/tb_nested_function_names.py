class Servidor:
    def atender(self):
        def manejar(peticion):
            return peticion["ruta"]
        return manejar({})
Servidor().atender()
