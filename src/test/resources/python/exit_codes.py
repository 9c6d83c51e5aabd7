import sys
print("antes")
sys.exit("mensaje de salida")
