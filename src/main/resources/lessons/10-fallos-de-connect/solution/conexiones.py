import socket

def intenta(direccion):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        s.connect(direccion)
        print(direccion, '-> conectado')
    except OSError as e:
        print(direccion, '->', type(e).__name__, e.errno, e.strerror)
    finally:
        s.close()

intenta(('servidor', 7))        # el servicio de eco escucha: conecta
intenta(('servidor', 5001))     # nadie escucha: ECONNREFUSED al momento
intenta(('servidor', 22))       # el cortafuegos descarta: ETIMEDOUT tras esperar
intenta(('10.0.9.5', 5000))     # red interna sin ruta desde el cliente: ENETUNREACH
