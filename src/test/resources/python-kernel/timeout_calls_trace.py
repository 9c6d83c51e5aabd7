# Calls a socket timeout cuts short, as CPython makes them: connect() starts non-blocking and
# says EINPROGRESS, then CPython polls until the timeout and raises TimeoutError (strace's
# network calls show the connect); recv() polls first and is never called when nothing comes.
import socket

server = socket.socket()
server.bind(('127.0.0.1', 0))
server.listen(1)
address = server.getsockname()

# listen(1) queues two connections on Linux; the third waits in SYN_SENT.
waiting = [socket.create_connection(address) for _ in range(2)]
late = socket.socket()
late.settimeout(0.3)
try:
    late.connect(address)
    print('connected?')
except TimeoutError as e:
    print('connect:', type(e).__name__, e)
late.close()

quiet = waiting[0]
quiet.settimeout(0.2)
try:
    quiet.recv(10)
except TimeoutError as e:
    print('recv:', type(e).__name__, e)
for s in waiting:
    s.close()
server.close()
