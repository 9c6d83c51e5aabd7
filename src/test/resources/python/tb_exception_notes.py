# A note says where an error happened; CPython prints each under the exception's last line.
def conectar(host, puerto):
    try:
        raise ConnectionRefusedError(111, "Connection refused")
    except OSError as e:
        e.add_note(f"al conectar con {host}:{puerto}")
        e.add_note("¿está el servidor escuchando?\nArráncalo antes que el cliente.")
        raise


def enviar_todo(destinos):
    for host, puerto in destinos:
        conectar(host, puerto)


try:
    enviar_todo([("127.0.0.1", 9000)])
except OSError as e:
    print(type(e).__name__, e.errno, e.__notes__)

try:
    raise ValueError("puerto fuera de rango")
except ValueError as v:
    v.add_note("el puerto debe estar entre 0 y 65535")
    v.add_note("")
    v.add_note("línea con salto al final\n")
    try:
        {}["puerto"]
    except KeyError as k:
        k.add_note("falta la clave en la configuración")
        raise RuntimeError("no se pudo leer la configuración") from k
