# fails: recogido
# fires: pista-ebadf
# The child does not end when its part is done: it runs on into the parent's code and uses the
# end it closed (EBADF), dying with a traceback; its parent reaps a failure.
import os
import socket

# 1. Una pareja de sockets conectados entre sí, y un hijo que hereda los dos extremos.
padre, hijo = socket.socketpair()
pid = os.fork()

if pid == 0:
    # El hijo usa su extremo y cierra el del padre.
    padre.close()
    pregunta = hijo.recv(1024)
    print('Hijo: recibí', pregunta)
    hijo.sendall(b'respuesta a ' + pregunta)
    hijo.close()

# 2. El padre usa su extremo y cierra el del hijo.
hijo.close()
padre.sendall(b'pregunta del padre')
respuesta = b''
while True:
    datos = padre.recv(1024)
    if not datos:
        break
    respuesta += datos
print('Padre: recibí', respuesta)
padre.close()

# 3. Recoger al hijo: sin esto quedaría zombi.
recogido, estado = os.waitpid(pid, 0)
print('Padre: el hijo', recogido, 'terminó con código', os.waitstatus_to_exitcode(estado))
