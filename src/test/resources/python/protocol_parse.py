peticion = "GET /index.html HTTP/1.1\r\nHost: servidor.lab\r\nUser-Agent: enchufe\r\n\r\n"
lineas = peticion.split("\r\n")
metodo, ruta, version = lineas[0].split()
cabeceras = {}
for l in lineas[1:]:
    if not l:
        break
    clave, valor = l.split(": ", 1)
    cabeceras[clave.lower()] = valor
print(metodo, ruta, version, cabeceras)
respuesta = f"HTTP/1.1 200 OK\r\nContent-Length: {len(ruta)}\r\n\r\n{ruta}".encode()
print(respuesta, len(respuesta))
cab, cuerpo = respuesta.split(b"\r\n\r\n", 1)
print(cab.decode().splitlines()[0], cuerpo)
