class Nodo:
    def profundidad(self):
        return self.profundidad() + 1
Nodo().profundidad()
