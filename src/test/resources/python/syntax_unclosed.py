print("hola"
x = 2
