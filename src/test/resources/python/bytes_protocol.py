import struct
def empaquetar(tipo, datos):
    cuerpo = datos.encode("utf-8")
    return struct.pack("!BH", tipo, len(cuerpo)) + cuerpo
def desempaquetar(buffer):
    tipo, largo = struct.unpack("!BH", buffer[:3])
    return tipo, buffer[3:3 + largo].decode("utf-8"), buffer[3 + largo:]
msg = empaquetar(1, "hola") + empaquetar(2, "adiós")
print(msg, len(msg))
resto = msg
while resto:
    tipo, texto, resto = desempaquetar(resto)
    print(tipo, texto)
print(msg.hex(" "), bytes(reversed(b"abc")), b"".join([b"a", bytes([98])]))
