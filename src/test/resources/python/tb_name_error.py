mensaje = "hola"
print(mensage)
