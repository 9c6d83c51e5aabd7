# SIGALRM with no handler ends the process, as its default action: a shell shows exit 142.
import signal, socket, sys
a, b = socket.socketpair()
print('espero datos que nunca llegan')
sys.stdout.flush()
signal.alarm(1)
a.recv(10)
print('no se ve')
