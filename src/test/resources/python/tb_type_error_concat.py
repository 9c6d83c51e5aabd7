edad = 20
print("Edad: " + edad)
