s = "hola
