class Cliente:
    def __init__(self):
        self.direccion = "1.2.3.4"
c = Cliente()
print(c.direcion)
