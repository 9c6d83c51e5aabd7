# A server thread speaks a line protocol through makefile('rwb') (a BufferedRWPair); the client
# reads its answers with a text file, line by line, as they come.
import socket
import threading

servidor = socket.socket()
servidor.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
servidor.bind(("127.0.0.1", 50242))
servidor.listen()


def atiende():
    conexion, _ = servidor.accept()
    with conexion, conexion.makefile("rwb") as f:
        print("servidor:", type(f).__name__, f.readable(), f.writable(), f.seekable(), flush=True)
        for linea in f:
            orden = linea.strip().decode()
            if orden == "ADIOS":
                f.write(b"BYE\n")
                f.flush()
                break
            f.write(orden.upper().encode() + b"\n")
            f.flush()
            print("servidor peek:", f.peek()[:0], flush=True)
        try:
            f.fileno()
        except OSError as e:
            print("servidor:", type(e).__name__, e, flush=True)
        for name in ("name", "mode", "raw"):
            print("servidor:", name, hasattr(f, name), flush=True)


hilo = threading.Thread(target=atiende)
hilo.start()
cliente = socket.create_connection(("127.0.0.1", 50242))
entrada = cliente.makefile("r", encoding="utf-8")
salida = cliente.makefile("w", encoding="utf-8")
salida.reconfigure(line_buffering=True)
for orden in ("hola", "que tal", "ADIOS"):
    salida.write(orden + "\n")
    print("cliente:", repr(next(entrada)), flush=True)
hilo.join()
print("cliente:", repr(entrada.read()), entrada.newlines)
entrada.close()
salida.close()
cliente.close()
servidor.close()
