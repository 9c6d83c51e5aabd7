pritn("hola")
