# atexit handlers run after the program's non-daemon threads, and after an uncaught exception's
# traceback; the process still exits with 1 (issue 21).
import atexit
import socket
import threading

a, b = socket.socketpair()


def worker():
    print("worker sends")
    b.sendall(b"bye")


def goodbye(sock):
    # A handler may wait like any code: it reads what the thread sent.
    print("handler got", sock.recv(10))
    sock.close()


atexit.register(goodbye, a)
threading.Thread(target=worker).start()
raise RuntimeError("the program fails")
