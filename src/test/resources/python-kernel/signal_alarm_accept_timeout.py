# alarm() as the classic timeout: the handler raises, and the blocked accept() ends with its exception.
import signal, socket

class SinCliente(Exception):
    pass

def vencido(signum, frame):
    print('alarma:', signal.Signals(signum).name)
    raise SinCliente('nadie se conectó en 1 s')

signal.signal(signal.SIGALRM, vencido)
servidor = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
servidor.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
servidor.bind(('127.0.0.1', 0))
servidor.listen(1)
print('alarma anterior:', signal.alarm(1))
try:
    servidor.accept()
except SinCliente as e:
    print('accept interrumpido:', e)
print('alarma pendiente:', signal.alarm(0))
servidor.close()
