datos = [1, 2]
datos.apend(3)
