nombre = input("¿Nombre? ")
edad = int(input())
print(f"Hola {nombre}, el año que viene tendrás {edad + 1}")
try:
    input()
except EOFError as e:
    print("EOF:", e)
